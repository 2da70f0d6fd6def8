"""From a request to an answer: prompts, examples, the pipeline stages, candidate selection, sessions."""
