"""The demo concertation: content (content.py) and its loader (loader.py)."""
