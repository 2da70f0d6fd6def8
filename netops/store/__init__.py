"""What netops keeps: the SQLite store (history, program cache, examples, journal), caches, applying changes."""
