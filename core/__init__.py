"""What every app of Kenes may use, and nothing more: email in the person's language and the
task that sends it, the site's shared StreamField blocks, the facts translated pages share,
a page in a language, text validators, safe spreadsheet cells, and the check of a key that a
visitor's address carries into a query.

The lowest layer: `core` imports no app of the project (see the import contracts in
pyproject.toml), so any app can import it.
"""
