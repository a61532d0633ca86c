"""Briefs: the YAML format people review (`schema`), its files (`store`), and keeping them
in step with their articles (`refresh`)."""
