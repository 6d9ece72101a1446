"""`record`: @dataclass(frozen=True) without compiling code for every class.

On Python 3.11, @dataclass writes a class's __init__, __repr__, __eq__, __hash__,
__setattr__ and __delattr__ as source text and compiles each: ≈0.8 ms a class, ≈20 ms
for the frozen records Reader defines before its first paint. `record` lets dataclasses
collect the fields (so fields(), replace() and asdict() work as before) and gives the class
shared methods that read them, behaving as the generated ones do (tests/test_frozen_record.py).
Python 3.13 compiles a class's methods at once; with it as the minimum, @dataclass(frozen=True)
would do again.

A class that defines __init__ itself keeps it (it must set every field through __dict__).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T")


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[_T]) -> type[_T]:
    """Make cls a frozen dataclass (see the module's docstring)."""
    made = dataclass(init=False, repr=False, eq=False)(cls)  # collects fields, writes nothing
    names = tuple(f.name for f in fields(made))  # type: ignore[arg-type]
    methods: dict[str, Callable[..., Any]] = {
        "__repr__": _repr_for(names),
        "__eq__": _eq_for(names),
        "__hash__": _hash_for(names),
        "__setattr__": _frozen_setattr,
        "__delattr__": _frozen_delattr,
    }
    if "__init__" not in cls.__dict__:
        methods["__init__"] = _init_for(made, names)
    for name, method in methods.items():
        setattr(made, name, method)
    return made


def _init_for(cls: type, names: tuple[str, ...]) -> Callable[..., None]:
    known = set(names)
    defaults: dict[str, Any] = {}
    for f in fields(cls):
        if f.default is not MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not MISSING:
            defaults[f.name] = _Factory(f.default_factory)
    count = len(names)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        what = type(self).__qualname__
        if len(args) > count:
            raise TypeError(f"{what}() takes {count} positional arguments, {len(args)} given")
        values = dict(zip(names, args, strict=False))
        for name, value in kwargs.items():
            if name not in known or name in values:
                raise TypeError(f"{what}() got an unexpected or repeated argument {name!r}")
            values[name] = value
        if len(values) < count:
            for name in names[len(args) :]:
                if name not in values:
                    if name not in defaults:
                        raise TypeError(f"{what}() missing required argument: {name!r}")
                    default = defaults[name]
                    values[name] = default.make() if isinstance(default, _Factory) else default
        self.__dict__.update(values)

    return __init__


class _Factory:
    """A field's default_factory, told apart from a default value."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def _repr_for(names: tuple[str, ...]) -> Callable[[Any], str]:
    def __repr__(self: Any) -> str:  # noqa: N807
        state = self.__dict__
        inside = ", ".join(f"{name}={state[name]!r}" for name in names)
        return f"{type(self).__qualname__}({inside})"

    return __repr__


def _eq_for(names: tuple[str, ...]) -> Callable[[Any, object], Any]:
    def __eq__(self: Any, other: object) -> Any:  # noqa: N807
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine, theirs = self.__dict__, other.__dict__  # as tuples, so `is` counts (a NaN)
        return tuple(mine[name] for name in names) == tuple(theirs[name] for name in names)

    return __eq__


def _hash_for(names: tuple[str, ...]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:  # noqa: N807
        state = self.__dict__
        return hash(tuple(state[name] for name in names))

    return __hash__


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")
