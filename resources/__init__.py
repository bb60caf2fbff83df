"""Plain resource files (sample issue, icons, CSS, translations) read with importlib.resources."""
