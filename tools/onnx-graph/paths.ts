// Where the generated demo model lives (importable without running the CLI).
export const TINY_MLP_PATH = 'public/models/demo/tiny-mlp/onnx/model.onnx';
