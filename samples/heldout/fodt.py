"""A tiny writer for LibreOffice flat ODT (.fodt) documents: just enough for council-style plans.

Standard library only. Builds paragraphs (with bold runs), bullet lists, headings, page breaks
and tables (column widths, ruled or shaded cells, repeated header rows, vertically merged cells),
on a portrait or landscape A4 master page with a running header and a footer carrying page
numbers. Every style is written out in full, so the same Python input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)

# A block of cell or body content:
#   "text"                 -> a paragraph in the default style of its context
#   ("b", "text")          -> a bold paragraph
#   ("i", "text")          -> an italic paragraph
#   ("mixed", [(bold, s)]) -> one paragraph of bold / plain runs
#   ("ul", ["a", "b"])     -> a bullet list, one paragraph per item
Block = object


def x(s: str) -> str:
    return escape(s, {'"': "&quot;"})


@dataclass
class Doc:
    title: str
    font: str
    size_pt: float
    landscape: bool = False
    header: str = ""
    footer: str = ""  # "{page}" and "{pages}" become page number / count fields
    margins_cm: tuple[float, float, float, float] = (2.0, 2.0, 2.0, 2.0)  # top right bottom left
    body: list[str] = field(default_factory=list)
    auto_styles: list[str] = field(default_factory=list)
    _tables: int = 0

    # ------------------------------------------------------------------ content
    def p(self, text: str, style: str = "Body") -> None:
        self.body.append(f'<text:p text:style-name="{style}">{x(text)}</text:p>')

    def runs(self, runs: Sequence[tuple[bool, str]], style: str = "Body") -> None:
        self.body.append(self._runs(runs, style))

    def h(self, text: str, level: int = 1) -> None:
        self.body.append(
            f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
            f"{x(text)}</text:h>"
        )

    def ul(self, items: Sequence[str], style: str = "Body") -> None:
        self.body.append(self._ul(items, style))

    def page_break(self) -> None:
        self.body.append('<text:p text:style-name="Break"/>')

    def spacer(self) -> None:
        self.body.append('<text:p text:style-name="Body"/>')

    def _runs(self, runs: Sequence[tuple[bool, str]], style: str) -> str:
        parts = [f'<text:span text:style-name="Bold">{x(s)}</text:span>' if b else x(s)
                 for b, s in runs]  # fmt: skip
        return f'<text:p text:style-name="{style}">{"".join(parts)}</text:p>'

    def _ul(self, items: Sequence[str], style: str) -> str:
        li = "".join(
            f'<text:list-item><text:p text:style-name="{style}">{x(i)}</text:p></text:list-item>'
            for i in items
        )
        return f'<text:list text:style-name="LBullet">{li}</text:list>'

    def _blocks(self, blocks: Sequence[Block] | str, style: str) -> str:
        if isinstance(blocks, str):
            blocks = [blocks]
        out = []
        for b in blocks:
            if isinstance(b, str):
                out.append(f'<text:p text:style-name="{style}">{x(b)}</text:p>')
            elif b[0] == "b":
                out.append(self._runs([(True, b[1])], style))
            elif b[0] == "i":
                out.append(f'<text:p text:style-name="{style}Italic">{x(b[1])}</text:p>')
            elif b[0] == "mixed":
                out.append(self._runs(b[1], style))
            elif b[0] == "ul":
                out.append(self._ul(b[1], style))
            else:
                raise ValueError(b)
        return "".join(out) or f'<text:p text:style-name="{style}"/>'

    # ------------------------------------------------------------------ tables
    def table(
        self,
        widths_cm: Sequence[float],
        header: Sequence[str] | None,
        rows: Sequence[Sequence[object]],
        *,
        repeat_header: bool = True,
        header_fill: str = "#D9D9D9",
        font_pt: float | None = None,
    ) -> None:
        """rows: lists of cells; a cell is blocks, or a dict {"blocks", "fill", "rowspan",
        "colspan", "bold"}, or None for a cell covered by a rowspan/colspan above/left."""
        self._tables += 1
        n = self._tables
        name = f"Tab{n}"
        total = sum(widths_cm)
        st = self.auto_styles
        st.append(
            f'<style:style style:name="{name}" style:family="table"><style:table-properties '
            f'style:width="{total:.2f}cm" table:align="left" style:may-break-between-rows="true" '
            f'fo:margin-top="0.1cm" fo:margin-bottom="0.25cm"/></style:style>'
        )
        for i, w in enumerate(widths_cm):
            st.append(
                f'<style:style style:name="{name}.C{i}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>'
            )
        cols = "".join(f'<table:table-column table:style-name="{name}.C{i}"/>'
                       for i in range(len(widths_cm)))  # fmt: skip
        cstyle = "CellS" if font_pt else "Cell"
        hstyle = "CellHeadS" if font_pt else "CellHead"
        parts = [f'<table:table table:name="{name}" table:style-name="{name}">{cols}']
        if header:
            hdr = "".join(
                f'<table:table-cell table:style-name="{self._fill(header_fill)}" '
                f'office:value-type="string"><text:p text:style-name="{hstyle}">{x(c)}</text:p>'
                f"</table:table-cell>"
                for c in header
            )
            row = f'<table:table-row table:style-name="Row">{hdr}</table:table-row>'
            parts.append(f"<table:table-header-rows>{row}</table:table-header-rows>"
                         if repeat_header else row)  # fmt: skip
        for r in rows:
            cells = []
            for c in r:
                if c is None:
                    cells.append("<table:covered-table-cell/>")
                    continue
                spec = c if isinstance(c, dict) else {"blocks": c}
                attrs = ""
                if spec.get("rowspan", 1) > 1:
                    attrs += f' table:number-rows-spanned="{spec["rowspan"]}"'
                if spec.get("colspan", 1) > 1:
                    attrs += f' table:number-columns-spanned="{spec["colspan"]}"'
                pstyle = hstyle if spec.get("bold") else cstyle
                cells.append(
                    f'<table:table-cell table:style-name="{self._fill(spec.get("fill"))}"{attrs} '
                    f'office:value-type="string">{self._blocks(spec["blocks"], pstyle)}'
                    f"</table:table-cell>"
                )
            parts.append(
                f'<table:table-row table:style-name="Row">{"".join(cells)}</table:table-row>'
            )
        parts.append("</table:table>")
        self.body.append("".join(parts))

    _fills: dict[str, str] = field(default_factory=dict)

    def _fill(self, colour: str | None) -> str:
        key = colour or "none"
        if key not in self._fills:
            name = f"Fill{len(self._fills) + 1}"
            self._fills[key] = name
            bg = f' fo:background-color="{colour}"' if colour else ""
            self.auto_styles.append(
                f'<style:style style:name="{name}" style:family="table-cell">'
                f'<style:table-cell-properties fo:padding="0.08cm" '
                f'fo:border="0.5pt solid #000000"{bg}/></style:style>'
            )
        return self._fills[key]

    # ------------------------------------------------------------------ output
    def xml(self) -> str:
        w, hgt = ("29.7cm", "21.0cm") if self.landscape else ("21.0cm", "29.7cm")
        orient = "landscape" if self.landscape else "portrait"
        top, right, bottom, left = self.margins_cm
        small = self.size_pt - 1.5
        styles = f"""
<office:font-face-decls>
 <style:font-face style:name="{x(self.font)}" svg:font-family="'{x(self.font)}'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="{x(self.font)}" fo:font-size="{self.size_pt}pt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:default-style style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="{self.size_pt + 10}pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="{self.size_pt + 3}pt"/>
 </style:style>
 <style:style style:name="BodyBold" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="BodyItalic" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="{self.size_pt + 4}pt" fo:font-weight="bold" fo:color="#1F3864"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="{self.size_pt + 1.5}pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm"/>
 </style:style>
 <style:style style:name="CellItalic" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CellS" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-size="{small}pt"/>
 </style:style>
 <style:style style:name="CellSItalic" style:family="paragraph" style:parent-style-name="CellS">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="CellHeadS" style:family="paragraph" style:parent-style-name="CellS">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="{small}pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="{small}pt"/>
 </style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.35cm" fo:margin-left="0.45cm"/>
   </style:list-level-properties>
   <style:text-properties style:font-name="OpenSymbol"/>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="{w}" fo:page-height="{hgt}" style:print-orientation="{orient}" fo:margin-top="{top}cm" fo:margin-right="{right}cm" fo:margin-bottom="{bottom}cm" fo:margin-left="{left}cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Break" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-after="page"/>
 </style:style>
 <style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>
 {"".join(self.auto_styles)}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  {f'<style:header><text:p text:style-name="Header">{x(self.header)}</text:p></style:header>' if self.header else ""}
  {f'<style:footer><text:p text:style-name="Footer">{self._footer()}</text:p></style:footer>' if self.footer else ""}
 </style:master-page>
</office:master-styles>"""
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document {NS} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            f"<office:meta><dc:title>{x(self.title)}</dc:title></office:meta>\n"
            f"{styles}\n<office:body><office:text>\n" + "\n".join(self.body) +
            "\n</office:text></office:body></office:document>\n"
        )  # fmt: skip

    def _footer(self) -> str:
        s = x(self.footer)
        s = s.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
        return s.replace("{pages}", "<text:page-count>1</text:page-count>")
