"""A blog's menu (首页 归档 分类 标签, HomeArchivesTags): the theme's lines over a post and under it,
never a headline nor a post's text."""

from __future__ import annotations

from reader.document import rx

# A blog's menu items, in its themes' words: never a post's headline.
_NAV_WORDS = frozenset([
    "首页", "主页", "归档", "分类", "标签", "关于", "关于我", "友链", "友情链接", "搜索", "时间轴", "时间线", "留言",
    "留言板", "相册", "说说", "订阅", "文章", "博客", "项目", "作品", "随笔", "日志", "动态", "导航", "站点地图",
    "home", "archive", "archives", "categories", "category", "tags", "tag", "about", "search", "links",
    "friends", "posts", "post", "blog", "menu", "close", "projects", "timeline", "rss", "feed", "guestbook",
])
_CAMEL = rx.compile(r"[A-Z][a-z]+|[a-z]+")
_ITEMS = rx.compile(r"[\s|｜/·•]+")


def is_menu_line(line: str) -> bool:
    """归档, Archives, 首页 归档 关于, HomeArchivesCategoriesTagsAbout: a blog's menu, no headline."""
    items = [item for item in _ITEMS.split(line.strip()) if item]
    if not items:
        return False
    words: list[str] = []
    for item in items:
        if item.isascii() and item.isalpha():
            words += [w.lower() for w in _CAMEL.findall(item)] or [item.lower()]  # HomeArchives run together; HOME
        else:
            words.append(item.lower())
    return all(word in _NAV_WORDS for word in words)
