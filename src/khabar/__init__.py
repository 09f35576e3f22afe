"""khabar: offline, Arabic-first extraction of structured knowledge from news."""

from khabar.config import Config
from khabar.document import Document

__version__ = "0.1.0"

__all__ = ["Config", "Document", "__version__"]
