"""Text helpers every stage shares: name folding and slugs (`folding`), name tests (`names`).

Nothing here imports the rest of briefgen."""
