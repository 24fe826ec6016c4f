"""briefgen: news articles in, an intelligence-style briefing (HTML and PDF) out."""

__version__ = "0.1.0"
