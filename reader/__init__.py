"""Reader: a desktop reader for long articles."""

__version__ = "0.1.0"
# The desktop entry's and AppStream's id (resources/APP_ID.desktop, …metainfo.xml): reverse DNS.
APP_ID = "io.github.reader_app.Reader"
