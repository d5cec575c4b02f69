"""Central training of the job-title encoder (PyTorch, `train` extra only) and its ONNX export."""
