"""Demo content for `manage.py seed_demo`, written from the facts in shared/seeds/."""
