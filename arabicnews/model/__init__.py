"""What the output is: the frozen annotation types, the registry of built-in layers (``layers``) and
pure functions over them (imports attrs only)."""
