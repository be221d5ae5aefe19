"""factcheck: check fact consistency across news sources."""
