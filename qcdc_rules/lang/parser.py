"""Parser of the condition language.

    expr       := or
    or         := and ("or" and)*
    and        := not ("and" not)*
    not        := "not" not | comparison
    comparison := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum | "in" sum | "not" "in" sum)?
    sum        := product (("+" | "-") product)*
    product    := unary (("*" | "/") unary)*
    unary      := "-" unary | primary
    primary    := NUMBER | STRING | DATE | true | false | null | "[" items "]" | "(" expr ")"
                | AGG "(" NAME ["where" expr] ["have" expr] ")" | FUNC "(" items ")" | NAME ("." NAME)*

``all(disclosures where item == 2 have office_days >= 30)`` reads as English; a keyword rather
than a colon keeps conditions valid as plain YAML text. Dates are written 2024-03-31. Strings
take single or double quotes. Names are ASCII."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from fractions import Fraction

from ..text import did_you_mean
from .ast import (AGGREGATES, FUNCTIONS, Aggregate, BoolOp, Binary, Call, Compare, ListLit, Literal, Name, Node,
                  Unary)


@dataclass
class SyntaxProblem(Exception):
    """A problem inside a condition, at a character offset; the ruleset loader locates it
    in the file."""

    message: str
    pos: int
    hint: str | None = None

    def __str__(self) -> str:
        return self.message


_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<date>\d{4}-\d{2}-\d{2}(?![\d]))
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|<|>|\+|-|\*|/|\(|\)|\[|\]|,|\.)
""", re.VERBOSE)


@dataclass
class Token:
    kind: str  # date number string name op end
    text: str
    pos: int

    @property
    def end(self) -> int:
        return self.pos + len(self.text)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            ch = text[pos]
            if ch in "'\"":
                raise SyntaxProblem("this string has no closing quote", pos, f"end it with {ch}")
            hint = "use == to compare" if ch == "=" else None
            if ch == "&":
                hint = "write 'and'"
            elif ch == "|":
                hint = "write 'or'"
            elif ch == "!":
                hint = "write 'not' or !="
            raise SyntaxProblem(f"unexpected character '{ch}'", pos, hint)
        kind = m.lastgroup
        if kind != "ws":
            tokens.append(Token(kind, m.group(), pos))
        pos = m.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


_CMP = ("==", "!=", "<", "<=", ">", ">=")


class Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = tokenize(text)
        self.i = 0

    # -- helpers -------------------------------------------------------------------------
    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def peek(self, k: int = 1) -> Token:
        return self.tokens[min(self.i + k, len(self.tokens) - 1)]

    def advance(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def is_op(self, text: str) -> bool:
        return self.tok.kind == "op" and self.tok.text == text

    def is_kw(self, word: str) -> bool:
        return self.tok.kind == "name" and self.tok.text == word

    def expect_op(self, text: str, what: str) -> Token:
        if not self.is_op(text):
            found = self.tok.text or "the end of the condition"
            raise SyntaxProblem(f"expected '{text}' {what}, found '{found}'", self.tok.pos)
        return self.advance()

    # -- grammar -------------------------------------------------------------------------
    def parse(self) -> Node:
        if self.tok.kind == "end":
            raise SyntaxProblem("the condition is empty", 0, "write a condition such as unit.staff > 7")
        node = self.expr()
        if self.tok.kind != "end":
            hint = None
            if self.tok.text in ("&&", "AND", "And"):
                hint = "write 'and'"
            elif self.tok.text in ("OR", "Or"):
                hint = "write 'or'"
            elif self.tok.text == "=":
                hint = "use == to compare"
            raise SyntaxProblem(f"unexpected '{self.tok.text}' after a complete condition", self.tok.pos,
                                hint or "join conditions with 'and' or 'or'")
        return node

    def expr(self) -> Node:
        return self.or_()

    def or_(self) -> Node:
        first = self.and_()
        items = [first]
        while self.is_kw("or"):
            self.advance()
            items.append(self.and_())
        return items[0] if len(items) == 1 else BoolOp(first.pos, items[-1].end, "or", items)

    def and_(self) -> Node:
        first = self.not_()
        items = [first]
        while self.is_kw("and"):
            self.advance()
            items.append(self.not_())
        return items[0] if len(items) == 1 else BoolOp(first.pos, items[-1].end, "and", items)

    def not_(self) -> Node:
        if self.is_kw("not") and not (self.peek().kind == "name" and self.peek().text == "in"):
            tok = self.advance()
            operand = self.not_()
            return Unary(tok.pos, operand.end, "not", operand)
        return self.comparison()

    def comparison(self) -> Node:
        left = self.sum()
        if self.tok.kind == "op" and self.tok.text in _CMP:
            op = self.advance().text
            right = self.sum()
            node = Compare(left.pos, right.end, op, left, right)
            if self.tok.kind == "op" and self.tok.text in _CMP:
                raise SyntaxProblem("comparisons cannot be chained", self.tok.pos,
                                    "write 'a <= x and x <= b'")
            return node
        if self.is_kw("in"):
            self.advance()
            right = self.sum()
            return Compare(left.pos, right.end, "in", left, right)
        if self.is_kw("not") and self.peek().kind == "name" and self.peek().text == "in":
            self.advance()
            self.advance()
            right = self.sum()
            return Compare(left.pos, right.end, "not in", left, right)
        return left

    def sum(self) -> Node:
        node = self.product()
        while self.tok.kind == "op" and self.tok.text in ("+", "-"):
            op = self.advance().text
            right = self.product()
            node = Binary(node.pos, right.end, op, node, right)
        return node

    def product(self) -> Node:
        node = self.unary()
        while self.tok.kind == "op" and self.tok.text in ("*", "/"):
            op = self.advance().text
            right = self.unary()
            node = Binary(node.pos, right.end, op, node, right)
        return node

    def unary(self) -> Node:
        if self.is_op("-"):
            tok = self.advance()
            operand = self.unary()
            if isinstance(operand, Literal) and isinstance(operand.value, (int, Fraction)) \
                    and not isinstance(operand.value, bool):
                return Literal(tok.pos, operand.end, -operand.value)
            return Unary(tok.pos, operand.end, "-", operand)
        return self.primary()

    def primary(self) -> Node:
        tok = self.tok
        if tok.kind == "number":
            self.advance()
            value = Fraction(tok.text) if "." in tok.text else int(tok.text)
            return Literal(tok.pos, tok.end, value)
        if tok.kind == "date":
            self.advance()
            try:
                value = dt.date.fromisoformat(tok.text)
            except ValueError:
                raise SyntaxProblem(f"impossible date {tok.text}", tok.pos) from None
            return Literal(tok.pos, tok.end, value)
        if tok.kind == "string":
            self.advance()
            body = tok.text[1:-1].replace("\\'", "'").replace('\\"', '"').replace("\\\\", "\\")
            return Literal(tok.pos, tok.end, body)
        if tok.kind == "op" and tok.text == "(":
            self.advance()
            node = self.expr()
            self.expect_op(")", "to close the parenthesis")
            return node
        if tok.kind == "op" and tok.text == "[":
            return self.list_()
        if tok.kind == "name":
            return self.name_or_call()
        found = tok.text or "the end of the condition"
        raise SyntaxProblem(f"expected a value, a name or '(', found '{found}'", tok.pos)

    def list_(self) -> Node:
        start = self.advance()
        items: list[Node] = []
        if not self.is_op("]"):
            items.append(self.expr())
            while self.is_op(","):
                self.advance()
                items.append(self.expr())
        end = self.expect_op("]", "to close the list")
        return ListLit(start.pos, end.end, items)

    def name_or_call(self) -> Node:
        tok = self.advance()
        word = tok.text
        if word in ("true", "false"):
            return Literal(tok.pos, tok.end, word == "true")
        if word == "null":
            return Literal(tok.pos, tok.end, None)
        if word in ("and", "or", "in", "where", "have"):
            raise SyntaxProblem(f"'{word}' needs a condition before it", tok.pos)
        if self.is_op("("):
            if word in AGGREGATES:
                return self.aggregate(tok)
            if word in FUNCTIONS:
                return self.call(tok)
            hint = did_you_mean(word, AGGREGATES + FUNCTIONS)
            raise SyntaxProblem(f"unknown function '{word}'", tok.pos,
                                hint or f"functions are: {', '.join(AGGREGATES + FUNCTIONS)}")
        parts = [word]
        end = tok.end
        while self.is_op("."):
            self.advance()
            if self.tok.kind != "name":
                raise SyntaxProblem("expected a field name after '.'", self.tok.pos)
            part = self.advance()
            parts.append(part.text)
            end = part.end
        return Name(tok.pos, end, tuple(parts))

    def call(self, tok: Token) -> Node:
        self.advance()
        args: list[Node] = []
        if not self.is_op(")"):
            args.append(self.expr())
            while self.is_op(","):
                self.advance()
                args.append(self.expr())
        end = self.expect_op(")", f"to close {tok.text}(")
        return Call(tok.pos, end.end, tok.text, args)

    def aggregate(self, tok: Token) -> Node:
        self.advance()
        if self.tok.kind != "name":
            raise SyntaxProblem(f"{tok.text}( needs a collection, such as {tok.text}(documents where …)",
                                self.tok.pos)
        coll = self.advance()
        where = body = None
        if self.is_kw("where"):
            self.advance()
            where = self.expr()
        if self.is_kw("have"):
            self.advance()
            body = self.expr()
        end = self.expect_op(")", f"to close {tok.text}(")
        if tok.text == "all" and body is None:
            raise SyntaxProblem("all( needs 'have <condition>' that every matching item must meet", end.pos,
                                "e.g. all(disclosures where item == 2 have office_days >= 30)")
        if tok.text != "all" and body is not None:
            raise SyntaxProblem(f"{tok.text}( takes no 'have <condition>'; put it in 'where'", end.pos)
        return Aggregate(tok.pos, end.end, tok.text, coll.text, where, body, coll_pos=coll.pos)


def parse(text: str) -> Node:
    return Parser(text).parse()


def unparse(node: Node) -> str:
    """Canonical text of a tree (used in explanations and tests)."""
    if isinstance(node, Literal):
        v = node.value
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, str):
            return "'" + v.replace("'", "\\'") + "'"
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, Fraction):  # 2/3 stays 2/3: it reads back as the same number
            return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"
        return str(v)
    if isinstance(node, ListLit):
        return "[" + ", ".join(unparse(i) for i in node.items) + "]"
    if isinstance(node, Name):
        return node.dotted
    if isinstance(node, Unary):
        return f"not {unparse(node.operand)}" if node.op == "not" else f"-{unparse(node.operand)}"
    if isinstance(node, Binary):
        return f"({unparse(node.left)} {node.op} {unparse(node.right)})"
    if isinstance(node, Compare):
        return f"{unparse(node.left)} {node.op} {unparse(node.right)}"
    if isinstance(node, BoolOp):
        return "(" + f" {node.op} ".join(unparse(i) for i in node.items) + ")"
    if isinstance(node, Call):
        return f"{node.func}(" + ", ".join(unparse(a) for a in node.args) + ")"
    if isinstance(node, Aggregate):
        text = f"{node.func}({node.collection}"
        if node.where is not None:
            text += f" where {unparse(node.where)}"
        if node.body is not None:
            text += f" have {unparse(node.body)}"
        return text + ")"
    raise TypeError(node)
