"""Central training of programme-suggestion models: causal learners, ONNX export, model card."""
