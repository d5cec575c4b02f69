"""Names of the title encoder's files inside a model package (shared by training and the app)."""

MODEL_FILE = "title_encoder.onnx"
TOKENIZER_FILE = "title_tokenizer.json"
CARD_FILE = "title_encoder_card.json"
