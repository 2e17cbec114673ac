"""The annotation types of the ``quantities`` layer (filled in by its stage)."""
