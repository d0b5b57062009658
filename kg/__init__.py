"""arabic-news-kg: a knowledge graph of diplomatic phone calls and agreements from Arabic news."""

__version__ = "0.1.0"
