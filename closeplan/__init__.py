"""closeplan: mutual close plans for B2B account executives."""

__version__ = "0.1.0"
APP_NAME = "closeplan"
