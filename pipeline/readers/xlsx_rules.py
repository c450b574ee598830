"""Excel conditional formatting: which fill a rule gives a cell, as Excel would draw it.

Many workbook plans colour their RAG column with conditional formatting ('Red' -> red fill,
a date past due -> amber) rather than a fill set by hand, and a PDF print shows the colour the
rule gives. The reader gives each cell that fill, so the fill -> RAG path reads it like any other.

The rule types a person sets up from Excel's Home menu are evaluated: cell value is / between
(cellIs), text that contains / begins / ends with, blanks, errors, and formulas (expression) made
of cell references, literals, comparisons, arithmetic, '&' and common text and logical functions.
A rule beyond that (TODAY(), a reference to another sheet or a range, top 10, above average,
duplicates) is not guessed: the caller is told, and warns. An icon set drawn in status colours
(traffic lights, coloured arrows, flags) gives the colour of the icon each value is given by the
set's thresholds, as the icon shows it; a set of icons of one colour (ratings, quarters) is
unread and warned of. Colour scales and data bars shade by magnitude, not RAG, and are left alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.utils.datetime import to_excel

# cell -> its value (None when blank), by (row, col); the reader's cached values
Values = Callable[[int, int], Any]
SHADES = {"colorScale", "dataBar"}  # magnitude, not RAG: never a warning
_TEXT_RULES = {"containsText", "notContainsText", "beginsWith", "endsWith"}
_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}


class Unsupported(Exception):
    """A rule (or a formula in it) this evaluator does not read: the caller warns."""


@dataclass(frozen=True, slots=True)
class _Error:
    code: str


_VALUE_ERROR = _Error("#VALUE!")
MAX_RANGE = 5000  # rows of a rule's range read for its thresholds (the reader's own limit)


# Excel's icon sets whose icons are drawn in status colours, lowest value's icon first (the
# file format's names): red, yellow and green lights, arrows, flags, signs and symbols. A set
# of shapes of one colour (ratings, quarters, grey arrows) says no colour.
_RED, _YELLOW, _GREEN = "#e0301e", "#f5b800", "#33a02c"
ICON_COLOURS: dict[str, tuple[str | None, ...]] = {
    "3TrafficLights1": (_RED, _YELLOW, _GREEN),
    "3TrafficLights2": (_RED, _YELLOW, _GREEN),
    "3Signs": (_RED, _YELLOW, _GREEN),
    "3Arrows": (_RED, _YELLOW, _GREEN),
    "3Flags": (_RED, _YELLOW, _GREEN),
    "3Symbols": (_RED, _YELLOW, _GREEN),
    "3Symbols2": (_RED, _YELLOW, _GREEN),
    "3Triangles": (_RED, _YELLOW, _GREEN),
    "4TrafficLights": (_RED, _RED, _YELLOW, _GREEN),  # black, the lowest, is past red
    "4Arrows": (_RED, _YELLOW, _YELLOW, _GREEN),
    "5Arrows": (_RED, _YELLOW, _YELLOW, _YELLOW, _GREEN),
}


@dataclass(slots=True)
class IconSet:
    """An icon set rule's icons and thresholds: (type, value, >= or >) a threshold, lowest
    first; reverse puts the icons the other way round."""

    name: str
    thresholds: list[tuple[str, Any, bool]]
    reverse: bool

    def colour(self, value: Any, cells: list[Any]) -> str | None:
        """The colour of the icon the value is given (cells: the values of the rule's range,
        for thresholds in percent or percentile); None for a set of no colours, a value that
        is no number, or a threshold not read."""
        colours = ICON_COLOURS.get(self.name)
        value = _scalar(value)
        if colours is None or len(colours) != len(self.thresholds) or isinstance(value, bool):
            return None
        if not isinstance(value, int | float):
            return None
        numbers = sorted(float(v) for v in map(_scalar, cells)
                         if isinstance(v, int | float) and not isinstance(v, bool))  # fmt: skip
        level = 0
        for i, (kind, raw, gte) in enumerate(self.thresholds):
            bound = _threshold(kind, raw, numbers)
            if bound is None:
                return None
            if value > bound or (gte and value == bound):
                level = i
        return (colours[::-1] if self.reverse else colours)[level]


def _threshold(kind: str, raw: Any, numbers: list[float]) -> float | None:
    try:
        x = float(raw)
    except (TypeError, ValueError):
        return None  # a formula
    if kind == "num":
        return x
    if not numbers:
        return None
    if kind == "percent":
        return numbers[0] + (numbers[-1] - numbers[0]) * x / 100
    if kind == "percentile":
        at = (len(numbers) - 1) * x / 100
        low = int(at)
        high = min(low + 1, len(numbers) - 1)
        return numbers[low] + (numbers[high] - numbers[low]) * (at - low)
    return None


@dataclass(slots=True)
class FillRule:
    """One conditional-format rule with the fill it gives, over the cells it applies to."""

    kind: str
    operator: str | None
    formulas: list[str]
    text: str | None
    fill: str | None  # '#rrggbb' it gives, None for a rule that sets no fill
    priority: int
    stop: bool
    boxes: list[tuple[int, int, int, int]]  # (min_row, min_col, max_row, max_col) it covers
    anchor: tuple[int, int]  # the cell its relative references are written for
    where: str  # its range as Excel writes it ('E5:E40'), for the warning
    icons: IconSet | None = None  # an icon set's icons and thresholds
    values: list[Any] | None = None  # the values of its range, once read (icon thresholds)

    def covers(self, r: int, c: int) -> bool:
        return any(r0 <= r <= r1 and c0 <= c <= c1 for r0, c0, r1, c1 in self.boxes)

    def holds(self, r: int, c: int, values: Values) -> bool:
        """Whether the rule is true for the cell (Unsupported when it cannot be told)."""
        value = values(r, c)
        if self.kind == "cellIs":
            return _cell_is(self, value, r, c, values)
        if self.kind in _TEXT_RULES:
            return _text_rule(self.kind, value, self.text or "")
        if self.kind in ("containsBlanks", "notContainsBlanks"):
            blank = value is None or (isinstance(value, str) and not value.strip())
            return blank == (self.kind == "containsBlanks")
        if self.kind in ("containsErrors", "notContainsErrors"):
            error = isinstance(value, str) and value in _ERRORS
            return error == (self.kind == "containsErrors")
        if self.kind == "expression" and self.formulas:
            return _truthy(_evaluate(self.formulas[0], self._offset(r, c), values))
        raise Unsupported(self.kind)

    def _offset(self, r: int, c: int) -> tuple[int, int]:
        return r - self.anchor[0], c - self.anchor[1]


def fill_rules(ws: Any, colour: Callable[[Any], str | None]) -> list[FillRule]:
    """The sheet's conditional-format rules that can colour a cell, by priority.

    colour turns a dxf PatternFill into '#rrggbb' (None: no fill)."""
    out: list[FillRule] = []
    for cf in ws.conditional_formatting:
        ranges = list(cf.sqref.ranges)
        if not ranges:
            continue
        boxes = [(rg.min_row, rg.min_col, rg.max_row, rg.max_col) for rg in ranges]
        anchor = (min(b[0] for b in boxes), min(b[1] for b in boxes))
        for rule in cf.rules:
            if rule.type in SHADES:
                continue
            dxf = getattr(rule, "dxf", None)
            fill = colour(dxf.fill) if dxf is not None and dxf.fill is not None else None
            if fill is None and rule.type != "iconSet" and not rule.stopIfTrue:
                continue  # a font colour or a border: no fill to give
            out.append(FillRule(
                rule.type, rule.operator, list(rule.formula or []), rule.text, fill,
                rule.priority or 0, bool(rule.stopIfTrue), boxes, anchor, str(cf.sqref),
                _icon_set(rule),
            ))  # fmt: skip
    out.sort(key=lambda rule: rule.priority)
    return out


def _icon_set(rule: Any) -> IconSet | None:
    icons = getattr(rule, "iconSet", None) if rule.type == "iconSet" else None
    if icons is None or not icons.cfvo:
        return None
    thresholds = [(v.type, v.val, v.gte is not False) for v in icons.cfvo]
    return IconSet(str(icons.iconSet or "3TrafficLights1"), thresholds, bool(icons.reverse))


def _range_values(rule: FillRule, values: Values) -> list[Any]:
    """The values of the rule's range, read once (only thresholds in percent or percentile of
    the range need them)."""
    if rule.icons is None or all(kind == "num" for kind, _, _ in rule.icons.thresholds):
        return []
    if rule.values is None:
        rule.values = [
            values(r, c)
            for r0, c0, r1, c1 in rule.boxes
            for r in range(r0, min(r1, r0 + MAX_RANGE) + 1)
            for c in range(c0, min(c1, c0 + 50) + 1)
        ]
    return rule.values


def cell_fill(
    rules: list[FillRule], r: int, c: int, values: Values, unread: list[FillRule]
) -> str | None:
    """The fill the first true rule (by priority) gives the cell; rules it could not evaluate
    for this cell are added to unread (the caller warns once per rule). An icon set of
    status colours (traffic lights, coloured arrows) gives the colour of the cell's icon where
    no rule fills it: the icon is what the cell shows in colour; one of no colours (ratings,
    quarters) is unread. A blank cell has no icon."""
    icon: str | None = None
    for rule in rules:
        if not rule.covers(r, c):
            continue
        if rule.kind == "iconSet":
            value = values(r, c)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            found = rule.icons.colour(value, _range_values(rule, values)) if rule.icons else None
            if found is None:
                _unread(rule, unread)
            icon = icon or found
            continue
        try:
            true = rule.holds(r, c, values)
        except (Unsupported, ArithmeticError, ValueError, TypeError, IndexError, RecursionError):
            if rule.fill is not None:
                _unread(rule, unread)
            continue
        if true and rule.fill is not None:
            return rule.fill
        if true and rule.stop:
            return icon
    return icon


def _unread(rule: FillRule, unread: list[FillRule]) -> None:
    if all(rule is not other for other in unread):
        unread.append(rule)


# --------------------------------------------------------------------------- rule types


def _cell_is(rule: FillRule, value: Any, r: int, c: int, values: Values) -> bool:
    offset = rule._offset(r, c)
    operands = [_evaluate(f, offset, values) for f in rule.formulas[:2]]
    if not operands:
        raise Unsupported("cellIs without a value")
    op = rule.operator or "equal"
    value = _scalar(value)
    if isinstance(value, _Error) or any(isinstance(o, _Error) for o in operands):
        return False  # Excel gives an error no format
    if op in ("between", "notBetween"):
        if len(operands) < 2:
            raise Unsupported("between with one value")
        low, high = sorted(operands, key=_order)
        inside = _compare(value, low) >= 0 and _compare(value, high) <= 0
        return inside if op == "between" else not inside
    test = _COMPARISONS.get(op)
    if test is None:
        raise Unsupported(f"cellIs {op}")
    return test(_compare(value, operands[0]))


def _text_rule(kind: str, value: Any, text: str) -> bool:
    shown = "" if value is None else str(_scalar(value)).lower()
    text = text.lower()
    if kind == "containsText":
        return text in shown
    if kind == "notContainsText":
        return text not in shown
    if kind == "beginsWith":
        return shown.startswith(text)
    return shown.endswith(text)


_COMPARISONS: dict[str, Callable[[int], bool]] = {
    "equal": lambda d: d == 0,
    "notEqual": lambda d: d != 0,
    "greaterThan": lambda d: d > 0,
    "lessThan": lambda d: d < 0,
    "greaterThanOrEqual": lambda d: d >= 0,
    "lessThanOrEqual": lambda d: d <= 0,
}
_INFIX: dict[str, Callable[[int], bool]] = {
    "=": _COMPARISONS["equal"], "<>": _COMPARISONS["notEqual"], ">": _COMPARISONS["greaterThan"],
    "<": _COMPARISONS["lessThan"], ">=": _COMPARISONS["greaterThanOrEqual"],
    "<=": _COMPARISONS["lessThanOrEqual"],
}  # fmt: skip


# --------------------------------------------------------------------------- values


def _scalar(value: Any) -> Any:
    """A cell value as Excel compares it: dates are serial numbers, blank is None."""
    if isinstance(value, datetime | date):
        return float(to_excel(value))
    if isinstance(value, time):
        return float(to_excel(value))
    if isinstance(value, str) and value in _ERRORS:
        return _Error(value)
    return value


def _order(value: Any) -> tuple[int, Any]:
    """Excel's order of kinds: numbers < text < logical; blank is 0 or '' as compared with."""
    if isinstance(value, bool):
        return (2, value)
    if isinstance(value, int | float):
        return (0, float(value))
    if isinstance(value, str):
        return (1, value.lower())
    return (0, 0.0)


def _compare(a: Any, b: Any) -> int:
    if isinstance(a, _Error) or isinstance(b, _Error):
        raise Unsupported("an error value compared")
    if a is None:
        a = "" if isinstance(b, str) else False if isinstance(b, bool) else 0.0
    if b is None:
        b = "" if isinstance(a, str) else False if isinstance(a, bool) else 0.0
    ka, kb = _order(a), _order(b)
    return (ka > kb) - (ka < kb)


def _truthy(value: Any) -> bool:
    if isinstance(value, _Error):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if value is None:
        return False
    if isinstance(value, str):
        upper = value.strip().upper()
        if upper in ("TRUE", "FALSE"):
            return upper == "TRUE"
    raise Unsupported("text as a condition")


def _number(value: Any) -> float:
    if value is None:
        return 0.0
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", ""))
        except ValueError:
            raise Unsupported("text used as a number") from None
    raise Unsupported("an error used as a number")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


# --------------------------------------------------------------------------- formulas


def _evaluate(formula: str, offset: tuple[int, int], values: Values) -> Any:
    """A conditional format's formula for the cell at offset from the rule's anchor."""
    text = formula if formula.startswith("=") else "=" + formula
    try:
        tokens = [t for t in Tokenizer(text).items if t.type != Token.WSPACE]
    except Exception as exc:  # the tokenizer's own errors: a formula it cannot split
        raise Unsupported(f"formula {formula!r}") from exc
    parser = _Parser(tokens, offset, values)
    value = parser.expression(0)
    if parser.pos != len(tokens):
        raise Unsupported(f"formula {formula!r}")
    return value


# binding power of infix operators: comparisons < & < + - < * / < ^
_POWER = {"=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4,
          "/": 4, "^": 5}  # fmt: skip


class _Parser:
    """Precedence climbing over the tokenizer's tokens, evaluating as it goes."""

    def __init__(self, tokens: list[Token], offset: tuple[int, int], values: Values) -> None:
        self.tokens, self.pos, self.offset, self.values = tokens, 0, offset, values

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise Unsupported("formula ends early")
        self.pos += 1
        return token

    def expression(self, floor: int) -> Any:
        left = self.unary()
        while True:
            token = self.peek()
            if token is None or token.type != Token.OP_IN or token.value not in _POWER:
                return left
            power = _POWER[token.value]
            if power <= floor:
                return left
            self.pos += 1
            right = self.expression(power if token.value != "^" else power - 1)
            left = _infix(token.value, left, right)

    def unary(self) -> Any:
        token = self.peek()
        if token is not None and token.type == Token.OP_PRE:
            self.pos += 1
            value = self.unary()
            return -_number(value) if token.value == "-" else _number(value)
        value = self.primary()
        while (post := self.peek()) is not None and post.type == Token.OP_POST:
            self.pos += 1
            if post.value != "%":
                raise Unsupported(f"operator {post.value}")
            value = _number(value) / 100
        return value

    def primary(self) -> Any:
        token = self.take()
        if token.type == Token.OPERAND:
            return self.operand(token)
        if token.type == Token.PAREN and token.subtype == Token.OPEN:
            value = self.expression(0)
            close = self.take()
            if close.type != Token.PAREN:
                raise Unsupported("unbalanced parentheses")
            return value
        if token.type == Token.FUNC and token.subtype == Token.OPEN:
            name = token.value[:-1].upper().removeprefix("_XLFN.")
            args: list[Any] = []
            if not self._closing():
                while True:
                    args.append(self.expression(0))
                    sep = self.take()
                    if sep.type == Token.FUNC and sep.subtype == Token.CLOSE:
                        break
                    if sep.type != Token.SEP:
                        raise Unsupported("a function's arguments")
            return _call(name, args)
        raise Unsupported(f"token {token.value!r}")

    def _closing(self) -> bool:
        token = self.peek()
        if token is not None and token.type == Token.FUNC and token.subtype == Token.CLOSE:
            self.pos += 1
            return True
        return False

    def operand(self, token: Token) -> Any:
        if token.subtype == Token.TEXT:
            return token.value[1:-1].replace('""', '"')
        if token.subtype == Token.NUMBER:
            return float(token.value)
        if token.subtype == Token.LOGICAL:
            return token.value.upper() == "TRUE"
        if token.subtype == Token.ERROR:
            return _Error(token.value)
        if token.subtype == Token.RANGE:
            return _scalar(self.values(*self.reference(token.value)))
        raise Unsupported(f"operand {token.value!r}")

    def reference(self, ref: str) -> tuple[int, int]:
        """A single cell on this sheet, moved by the offset unless pinned with '$'."""
        if "!" in ref or ":" in ref:
            raise Unsupported(f"reference {ref!r}")
        try:
            column, row = coordinate_from_string(ref.replace("$", ""))
        except ValueError:
            raise Unsupported(f"reference {ref!r}") from None  # a defined name
        col = column_index_from_string(column)
        pinned_col = ref.startswith("$")
        pinned_row = "$" in ref[1:]
        return (
            row if pinned_row else row + self.offset[0],
            col if pinned_col else col + self.offset[1],
        )


def _infix(op: str, a: Any, b: Any) -> Any:
    if isinstance(a, _Error):
        return a
    if isinstance(b, _Error):
        return b
    if op in _INFIX:
        return _INFIX[op](_compare(a, b))
    if op == "&":
        return _text(a) + _text(b)
    x, y = _number(a), _number(b)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        return _Error("#DIV/0!") if y == 0 else x / y
    return math.pow(x, y)


def _search(find: Any, within: Any, start: Any = 1.0, *, case: bool = False) -> Any:
    needle, hay = _text(find), _text(within)
    if not case:
        needle, hay = needle.lower(), hay.lower()
    at = hay.find(needle, max(int(_number(start)) - 1, 0))
    return _VALUE_ERROR if at < 0 else float(at + 1)


def _all(args: list[Any]) -> Iterator[bool]:
    for a in args:
        yield _truthy(a)


def _call(name: str, args: list[Any]) -> Any:
    errors = [a for a in args if isinstance(a, _Error)]
    if name == "ISERROR":
        return bool(errors)
    if name == "ISNUMBER":
        return bool(args) and isinstance(args[0], int | float) and not isinstance(args[0], bool)
    if name == "ISTEXT":
        return bool(args) and isinstance(args[0], str)
    if name == "ISBLANK":
        return bool(args) and args[0] is None
    if name == "IF":
        if len(args) < 2:
            raise Unsupported("IF with one argument")
        return args[1] if _truthy(args[0]) else (args[2] if len(args) > 2 else False)
    if name == "IFERROR" and len(args) == 2:
        return args[1] if isinstance(args[0], _Error) else args[0]
    if errors:
        return errors[0]
    if name == "AND":
        return all(list(_all(args)))
    if name == "OR":
        return any(list(_all(args)))
    if name == "NOT" and len(args) == 1:
        return not _truthy(args[0])
    if name in ("SEARCH", "FIND") and len(args) in (2, 3):
        return _search(*args, case=name == "FIND")
    if name in ("UPPER", "LOWER", "TRIM", "LEN") and len(args) == 1:
        s = _text(args[0])
        if name == "LEN":
            return float(len(s))
        return (
            s.upper() if name == "UPPER" else s.lower() if name == "LOWER" else " ".join(s.split())
        )
    if name in ("LEFT", "RIGHT") and len(args) in (1, 2):
        s, n = _text(args[0]), int(_number(args[1])) if len(args) == 2 else 1
        return s[:n] if name == "LEFT" else (s[-n:] if n else "")
    if name == "EXACT" and len(args) == 2:
        return _text(args[0]) == _text(args[1])
    if name == "VALUE" and len(args) == 1:
        return _number(args[0])
    raise Unsupported(f"function {name}")  # TODAY(), COUNTIF(), ...: not guessed
