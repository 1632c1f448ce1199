"""The legal texts shipped with the package, and citations into them: see ``citations``."""
