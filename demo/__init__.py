"""The demo site for `make run` and the tests: `manage.py seed_demo` loads pages in kk, ru and
en, demo accounts for every role, events with people registered, draft laws open and closed
for comment, and the library, written from the facts in shared/seeds/.

Installed by the development and test settings only (kenes/settings/dev.py, test.py): the
production settings do not know this app, so a production site has no `seed_demo` command,
and no production code imports it (an import contract in pyproject.toml says so).
"""
