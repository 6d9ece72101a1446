"""`record`: @dataclass(frozen=True) without compiling code for every class.

On Python 3.11, @dataclass writes a class's __init__, __repr__, __eq__, __hash__,
__setattr__ and __delattr__ as source text and compiles each: ≈0.8 ms a class, ≈20 ms
for the frozen records Reader defines before its first paint. `record` lets dataclasses
collect the fields (so fields(), replace(), asdict() and astuple() work as before) and gives
the class shared methods that read them, behaving as the generated ones do
(tests/test_frozen_record.py). Python 3.13 compiles a class's methods at once; with it as the
minimum, @dataclass(frozen=True) would do again.

What records need and no more: plain fields with defaults or default factories. A class that
defines __init__, __repr__ or __eq__ keeps its own (an __init__ must set every field through
__dict__). Anything else dataclass would honour (__post_init__, InitVar, keyword-only
fields, field(init=False, compare=False, hash=...), a __hash__ of the class's own) is
refused. `__dataclass_params__` says frozen=False, so @dataclass(frozen=True) can't subclass
a record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T")


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[_T]) -> type[_T]:
    """Make cls a frozen dataclass (see the module's docstring)."""
    if cls.__doc__ is None:  # else dataclass builds one with inspect.signature (≈0.5 ms)
        cls.__doc__ = f"{cls.__name__}({', '.join(cls.__dict__.get('__annotations__', {}))})"
    made = dataclass(init=False, repr=False, eq=False)(cls)  # collects fields, writes nothing
    own = fields(made)  # type: ignore[arg-type]
    _refuse_what_records_lack(made, own)
    names = tuple(f.name for f in own)
    values = _values_of(names)
    methods: dict[str, Callable[..., Any]] = {
        "__repr__": _repr_for(names),
        "__eq__": _eq_for(values),
        "__hash__": lambda self: hash(values(self)),
        "__setattr__": _frozen_setattr,
        "__delattr__": _frozen_delattr,
    }
    if "__init__" not in cls.__dict__:
        methods["__init__"] = _init_for(own)
    for name, method in methods.items():
        if name in ("__repr__", "__eq__") and name in cls.__dict__:
            continue  # the class's own, as dataclass keeps it
        setattr(made, name, method)
    return made


def _refuse_what_records_lack(cls: type, own: tuple[Field[Any], ...]) -> None:
    if "__post_init__" in cls.__dict__ or "__hash__" in cls.__dict__:
        raise TypeError(f"{cls.__name__}: @record has no __post_init__ nor a class's __hash__")
    for f in own:
        if not f.init or not f.compare or f.hash is not None or f.kw_only is True:
            raise TypeError(f"{cls.__name__}.{f.name}: @record takes plain fields only")
    pseudo = getattr(cls, "__dataclass_fields__", {})  # fields() leaves InitVar ones out
    if any("InitVar" in str(f.type) for f in pseudo.values()):
        raise TypeError(f"{cls.__name__}: @record has no InitVar")


def _values_of(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The fields' values as a tuple, as dataclass compares and hashes them."""
    if len(names) == 1:
        (name,) = names
        return lambda self: (self.__dict__[name],)
    getter = attrgetter(*names)  # C, and a tuple when there are several names
    return getter


def _init_for(own: tuple[Field[Any], ...]) -> Callable[..., None]:
    names = tuple(f.name for f in own)
    defaults: dict[str, Any] = {}
    for f in own:
        if f.default is not MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not MISSING:
            defaults[f.name] = _Factory(f.default_factory)
    count = len(names)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        if not kwargs and len(args) == count:  # every field given in order: the usual call
            self.__dict__.update(zip(names, args, strict=True))
        else:
            self.__dict__.update(_bind(type(self).__qualname__, names, defaults, args, kwargs))

    return __init__


def _bind(
    what: str, names: tuple[str, ...], defaults: dict[str, Any], args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> dict[str, Any]:  # fmt: skip
    """The fields' values from a call's arguments, checked as Python checks a signature's."""
    if len(args) > len(names):
        raise TypeError(f"{what}() takes {len(names)} positional arguments, {len(args)} given")
    values = dict(zip(names, args, strict=False))
    for name, value in kwargs.items():
        if name not in names or name in values:
            raise TypeError(f"{what}() got an unexpected or repeated argument {name!r}")
        values[name] = value
    for name in names[len(args) :]:
        if name not in values:
            if name not in defaults:
                raise TypeError(f"{what}() missing required argument: {name!r}")
            default = defaults[name]
            values[name] = default.make() if isinstance(default, _Factory) else default
    return values


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


def _eq_for(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, object], Any]:
    def __eq__(self: Any, other: object) -> Any:  # noqa: N807
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) == values(other)  # as tuples, so `is` counts (a NaN)

    return __eq__


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")
