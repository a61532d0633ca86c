"""briefgen: turn news articles into a searchable static briefing site."""

from __future__ import annotations

__version__ = "0.1.0"
