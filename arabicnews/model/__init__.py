"""What the output is: the frozen annotation types and pure functions over them (imports attrs only)."""
