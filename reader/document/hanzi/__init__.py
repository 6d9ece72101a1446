"""The article in another Chinese script (简体, 繁體): OpenCC conversion with offset maps, search in either script."""
