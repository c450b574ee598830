"""Improvement plan extraction: quoted recommendations, actions, KPIs, glossary.

The plan is read once into elements in reading order (paragraphs and tables whose columns are
known by their headers, see plan_columns.read_layout); then one pass walks them, keeping the
recommendation whose section we are in, so that each action and KPI row is tied to it.

A section also carries what its paragraphs say once for all its actions ('Reporting to:
Improvement Board' under the heading, when the table has no governance column), and ends at the
next heading of its level that is not a recommendation ('Appendix A: KPI scorecard'). Such a
field line under a heading that is no recommendation ('Theme 2: ...' / 'Oversight: Improvement
Board') holds for the tables under that heading, up to the next heading of its size.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from plantrace.extractors.bare_number_lists import drop_bare_restated
from plantrace.extractors.box_heads import own_by_box_heads
from plantrace.extractors.boxed_notes import adopt_boxed_notes
from plantrace.extractors.canvas_order import in_page_ref_order
from plantrace.extractors.caps_kickers import split_caps_kickers
from plantrace.extractors.caption_fields import caption_owner
from plantrace.extractors.cell_records import adopt_cell_records, unread_record_cells
from plantrace.extractors.chip_rows import unread_chip_tables
from plantrace.extractors.chip_tails import read_chip_tails
from plantrace.extractors.cited_notes import adopt_cited_notes
from plantrace.extractors.column_prose import prose_read_as_table
from plantrace.extractors.column_roles import REC_TICKS
from plantrace.extractors.container_heads import container_listed
from plantrace.extractors.contents_links import link_by_contents
from plantrace.extractors.date_schedule import drop_period_bands, in_ref_order
from plantrace.extractors.document_tables import drop_document_tables
from plantrace.extractors.due_status_tails import read_due_statuses
from plantrace.extractors.editor_notes import drop_editor_notes
from plantrace.extractors.facet_lists import without_facet_lists
from plantrace.extractors.field_grid_cards import adopt_field_grids
from plantrace.extractors.fill_key_links import (
    adopt_fill_links,
    fill_link_warning,
    unkeyed_marks_said,
)
from plantrace.extractors.folded_cards import adopt_folded_cards, read_in_faces
from plantrace.extractors.form_fieldsets import fieldset_warnings
from plantrace.extractors.form_rows_said import form_rows_said
from plantrace.extractors.gap_refs import refs_from_gaps
from plantrace.extractors.glossary import read_glossary
from plantrace.extractors.group_heads import without_group_heads
from plantrace.extractors.hashtag_lines import stray_status_tags
from plantrace.extractors.head_bands import read_head_bands
from plantrace.extractors.heat_months import read_heat_map
from plantrace.extractors.highlight_status import read_highlights
from plantrace.extractors.ink_code import ink_code_keys
from plantrace.extractors.inked_status_column import inked_status_keys
from plantrace.extractors.inline_actions import adopt_inline_actions
from plantrace.extractors.key_side_notes import drop_side_notes
from plantrace.extractors.kpi_progressions import progression_kpis
from plantrace.extractors.kpis import read_kpis
from plantrace.extractors.labelled_refs import split_labelled_refs
from plantrace.extractors.lane_labels import lane_listed
from plantrace.extractors.lead_grid import adopt_lead_grids, printed_dues
from plantrace.extractors.lead_index import own_by_index
from plantrace.extractors.legend_dues import legend_dues
from plantrace.extractors.legend_rows import drop_key_rows, unkeyed_rows_said
from plantrace.extractors.letter_addressees import (
    drop_head_rows,
    in_number_order,
    own_by_addressees,
)
from plantrace.extractors.lettered_refs import letter_plan, lettered_texts
from plantrace.extractors.link_gaps import link_gap_warnings
from plantrace.extractors.list_cards import adopt_list_cards
from plantrace.extractors.listing_order import listing_items, ranked_rows
from plantrace.extractors.mark_links import split_mark_links
from plantrace.extractors.measure_chips import chip_kpis
from plantrace.extractors.numbered_names import join_numbered_names
from plantrace.extractors.owner_headings import heading_owner, sections_by_owner
from plantrace.extractors.page_backgrounds import open_page_backgrounds
from plantrace.extractors.page_records import adopt_page_records
from plantrace.extractors.panel_boxes import open_panels
from plantrace.extractors.parent_rows import unknown_parents_said
from plantrace.extractors.part_refs import link_by_part_refs
from plantrace.extractors.plan_actions import (
    Draft,
    in_lead_ref_order,
    in_numbered_order,
    order_among_leads_unprinted,
    read_actions,
    sections_out_of_order,
    split_leading_codes,
    tag_code,
    to_actions,
)
from plantrace.extractors.plan_boxes import (
    box_label,
    box_list,
    box_recommendation,
    box_rows,
    caption_label,
    captioned_box,
    column_gap,
    join_side_labels,
    lines_label,
    part_captions,
    stated_in_lines,
)
from plantrace.extractors.plan_bullet_cells import adopt_bullet_cells
from plantrace.extractors.plan_calendar import adopt_calendar, calendar_months
from plantrace.extractors.plan_cards import (
    adopt_barred_cards,
    adopt_lone_cards,
    adopt_table_cards,
    agree_run_labels,
    is_card_table,
    join_strip_wraps,
    label_counts,
    read_in_boxes,
    split_cards,
)
from plantrace.extractors.plan_chip_key import adopt_chip_columns, chip_key, tint_read_words
from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    KPI_TABLE,
    LEADING_REF,
    RECOMMENDATION_TABLE,
    Element,
    PlanTable,
    header_role,
    read_layout,
)
from plantrace.extractors.plan_commitments import adopt_commitments, status_lists
from plantrace.extractors.plan_crosstab import join_cross_tabs
from plantrace.extractors.plan_footnotes import resolve_footnotes, unpaired_notes
from plantrace.extractors.plan_groups import due_groups, tag_links
from plantrace.extractors.plan_lead_lines import (
    LEAD_PARAGRAPHS,
    LeadLine,
    lead_line_at,
    own_by_lead_lines,
)
from plantrace.extractors.plan_margin_notes import read_margin_notes
from plantrace.extractors.plan_option_rows import attach_options, read_option_rows
from plantrace.extractors.plan_period_cells import fold_period_cells, key_fills
from plantrace.extractors.plan_profile import LayoutProfile
from plantrace.extractors.plan_prose import adopt_prose_actions
from plantrace.extractors.plan_recommendations import (
    Listed,
    RecommendationIndex,
    cited_by_codes,
    coded_numbers_said,
    coded_ref,
    element_provenance,
    explicit_heading,
    from_table,
    has_bare_number,
    heading,
    join_label_headings,
    label_box,
    label_number,
    label_of,
    list_item,
    listed_by_label,
    listed_in_lines,
    listed_in_raw,
    named_heading,
    number_key,
    numbered_from_one,
    part_list_headings,
    printed_code,
    stacked_rows,
    suffix_coded_refs,
    suffix_doubt_said,
)
from plantrace.extractors.plan_sidebar import without_side_furniture
from plantrace.extractors.plan_tags import adopt_status_tags, with_tag_key
from plantrace.extractors.plan_update_status import rate_from_updates
from plantrace.extractors.plan_updates import merge_restated, rates_earlier, update_from_block
from plantrace.extractors.plan_warnings import plan_warnings, unrated_warning
from plantrace.extractors.post_counters import drop_post_counters
from plantrace.extractors.quoted_links import adopt_quote_column, cut_short, quoted_by_actions
from plantrace.extractors.rec_action_lists import adopt_rec_action_lists, link_listed
from plantrace.extractors.rec_table_numbers import unlabel_table_numbers
from plantrace.extractors.rec_tags import rec_label_words, split_list_tags, split_rec_tags
from plantrace.extractors.ref_entries import join_ref_entries
from plantrace.extractors.ref_order import recs_follow_refs
from plantrace.extractors.ref_status_lines import drop_message_headers, rate_from_ref_lines
from plantrace.extractors.region_status import DrawnLabels, join_region_status
from plantrace.extractors.register_rows import keep_action_rows
from plantrace.extractors.report_date_flags import late_done_column
from plantrace.extractors.ribbon_links import link_by_ribbons
from plantrace.extractors.ring_sectors import ring_dues
from plantrace.extractors.ruled_bodies import join_ruled_bodies
from plantrace.extractors.said_boxes import adopt_said_boxes
from plantrace.extractors.scale_marks import read_scale_marks
from plantrace.extractors.score_key import adopt_score_columns, key_paragraphs
from plantrace.extractors.second_keys import link_by_second_keys, note_second_keys
from plantrace.extractors.section_panels import open_section_boxes
from plantrace.extractors.section_ref_links import section_ref_link_warnings
from plantrace.extractors.serial_refs import serial_refs
from plantrace.extractors.sheet_headings import read_sheet_headings
from plantrace.extractors.spoken_actions import adopt_spoken_actions
from plantrace.extractors.stacked_boxes import open_stacked_boxes
from plantrace.extractors.status_beside_labels import seat_status_labels
from plantrace.extractors.status_headings import HeadingStatus
from plantrace.extractors.status_scale import rate_on_scale
from plantrace.extractors.status_sorted import sorted_by_status
from plantrace.extractors.status_tiles import join_status_tiles
from plantrace.extractors.stray_notes import without_stray_notes
from plantrace.extractors.strip_sections import link_by_strip_sections
from plantrace.extractors.symbol_status import adopt_keyed_codes, adopt_symbol_columns
from plantrace.extractors.table_captions import (
    caption_links,
    captions_above,
    captions_below,
    unnamed_captions_said,
)
from plantrace.extractors.tagged_key import key_listed, link_letters
from plantrace.extractors.thread_replies import adopt_thread_replies
from plantrace.extractors.title_links import adopt_title_column, note_titles
from plantrace.extractors.title_marks import paint_title_marks
from plantrace.extractors.topic_map import topic_warnings
from plantrace.extractors.typeset_status import read_typeset_status
from plantrace.extractors.unnumbered_cards import without_unnumbered_runs
from plantrace.extractors.version_columns import adopt_version_columns
from plantrace.models.inspection import Recommendation
from plantrace.models.plan import KPI, Action, GlossaryEntry
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell, Line, Page, ParsedDocument, Table
from plantrace.pipeline.fill_scale import ball_key, unkeyed_balls
from plantrace.pipeline.layout import LEADING, Block, ColumnBand, blocks, column_bands, join_text
from plantrace.pipeline.marks import mark_key, paint_chips
from plantrace.pipeline.normalise.dates import (
    find_month_one,
    find_plan_start,
    names_plan_time,
    parse_plan_time,
)
from plantrace.pipeline.normalise.rag import read_key_rows, read_rag_key
from plantrace.pipeline.tables import struck_warning

# a field given once for the whole section: 'Reporting to: Improvement Board'
_FIELD_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][\w ()/'’-]{1,40}?)\s*:\s*(?P<value>\S.*)$", re.S)
KEY_ROWS = 8  # a key table: a status a row, a handful of them at most
MIN_LISTED = 3  # items a run of labelled paragraphs lists to be read as a list of them
SECTION_FIELDS = ("governance", "owner")  # action fields a section line may set for its actions
# the recommendation quoted under a short heading: "Ofsted said: ‘The timeliness of ...’"
_OPEN_QUOTE = re.compile(r"^\s*(?:[A-Za-z][\w ’']{0,40}:\s*)?[‘“'\"](?P<rest>.*)$", re.S)
_CLOSE_QUOTE = re.compile(r"[’”'\"][.;,]?\s*$")
# Headings that name a *part* of a recommendation's section (its impact measures, its KPIs, its
# actions): printed in the banner's own style by word processors, they sit inside the section.
_SECTION_PART = re.compile(
    r"^\s*(?:key\s+)?(?:performance\s+(?:indicators?|measures)|kpis?|impact(?:\s+measures?)?"
    r"|measures?\s+of\s+(?:success|impact)|success\s+(?:measures?|criteria)|outcome\s+measures?"
    r"|how\s+we\s+will\s+(?:know|measure)\b.*|actions?|evidence(?:\s+of\s+impact)?)\s*:?\s*$",
    re.I,
)


_HANG_INDENT = 8.0  # font sizes: the widest label a hanging indent clears ('Recommendation 2')
_HANG_PITCH = 1.9  # font sizes: a wrapped line under its item, never a paragraph's gap below


@dataclass(slots=True)
class PlanExtraction:
    recommendations: list[Recommendation] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    kpis: list[KPI] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)
    # the tables as the reading finally used them (roles a key, inks or a quote placed after
    # the columns were read included; cards read from a table's cells too): not part of the
    # output, kept so that the inspector shows this reading's roles, not a second one of its own
    tables: list[PlanTable] = field(default_factory=list, repr=False, compare=False)


def extract_plan(
    doc: ParsedDocument,
    profile: LayoutProfile | None = None,
    elements: list[Element] | None = None,
) -> PlanExtraction:
    """Pure: a parsed plan -> its recommendations, actions, KPIs and glossary; a layout profile
    (plan_profile), when given, fixes column roles, rows to skip and the date order. `elements`:
    read_layout(doc, profile) already read by the caller (it matched stored profiles on them)."""
    if (bare := without_side_furniture(doc)) is not None:
        doc, elements = bare, None  # a sidebar repeated on every page: navigation, not content
    if (unfaceted := without_facet_lists(doc)) is not None:
        doc, elements = unfaceted, None  # a search page's filter options: counts, not content
    if (noted := resolve_footnotes(doc)) is not None:
        doc, elements = noted, None  # fields given in foot notes: read with their sentences
    margined, margin_said = read_margin_notes(doc)  # said: notes no paragraph is level with
    if margined is not None:
        doc, elements = margined, None  # fields in a margin note: read with their paragraphs
    sheet, sheet_said = read_sheet_headings(doc)  # a grid printed with row numbers, letters
    if sheet is not None:
        doc, elements = sheet, None  # its comments printed at the end: by their cell address
    if (uncounted := drop_post_counters(doc)) is not None:
        doc, elements = uncounted, None  # a thread's '3/21' before each post's own words
    noteless, notes_said = drop_editor_notes(doc)  # '[KW: check date ...]' closing a paragraph
    if noteless is not None:
        doc, elements = noteless, None  # reviewers' comments in a working copy: no plan text
    optioned, chosen, options_said = read_option_rows(doc)  # every status printed, one filled
    radios_said, radios = fieldset_warnings(doc.pages)  # a form's radio buttons: one filled
    if optioned is not None:
        doc, elements = optioned, None  # each row of options: its highlighted option alone
    if elements is None:
        elements = read_layout(doc, profile)
    elements = adopt_folded_cards(elements)  # a card's front and back side by side in a row
    elements = part_captions(elements)  # 'DIVIDER 2' over 'Recommendation 2: ...' as text
    elements = unread_chip_tables(elements, doc.pages)  # bullets' chips lined up: no table
    elements = adopt_thread_replies(elements)  # a chat thread's replies, one per action
    elements, pages_said = adopt_page_records(elements, doc)  # a site printed page by page
    elements = drop_document_tables(elements)  # a list of evidence documents under an action
    elements, calendar_said = adopt_calendar(elements, doc)  # entries in a month's day cells
    elements = join_ruled_bodies(elements)  # a header row printed above its ruled body
    elements = open_page_backgrounds(elements, doc)  # a content column drawn on a tinted page
    elements = open_panels(elements)  # a section's panel drawn round its cards
    elements = open_section_boxes(elements)  # a box round a rec heading and its items
    elements = open_stacked_boxes(elements)  # boxes stacked in steps, read as a ruled grid
    elements = seat_status_labels(elements)  # 'Progress check' then a status beside it
    elements = adopt_field_grids(elements, doc)  # cards of small labels over their values
    elements = adopt_barred_cards(elements, doc)  # boxed cards with a coloured bar down one side
    elements = adopt_list_cards(elements)  # a list view ruled into rows, each row a card
    elements = adopt_lone_cards(elements)  # a run's last card alone at the top of a page
    elements = adopt_table_cards(elements)  # cards printed as 'label | value' tables
    # pages set in two newspaper columns: after the card readers, which order lines by height
    elements = read_text_columns(doc, elements)
    elements = agree_run_labels(elements)  # a label one run left unplaced, as the others read it
    elements = adopt_boxed_notes(elements)  # a card's update in a shaded box of its own
    elements, unattached = attach_options(elements, chosen)  # an option row under a block
    elements, grid_said = adopt_lead_grids(elements)  # recommendations x leads, actions in cells
    elements, versions_said = adopt_version_columns(elements)  # two versions: the current one
    elements = adopt_bullet_cells(elements)  # a cell listing a recommendation's actions as bullets
    rec_lists = adopt_rec_action_lists(elements)  # a recommendation's row listing its actions' refs
    elements = adopt_prose_actions(elements)  # numbered action paragraphs, where no table is
    elements = adopt_spoken_actions(elements)  # actions said in sentences (a meeting record)
    elements, cited_said = adopt_cited_notes(elements)  # actions as notes cited by '[4]'
    elements = adopt_inline_actions(elements)  # actions enumerated inside one paragraph
    cells_said = unread_record_cells(elements)  # what such a grid leaves unread
    elements = adopt_cell_records(elements)  # a grid whose cells each hold several records
    by_status = status_lists(elements)  # actions printed in lists by status, not the plan's order
    elements = adopt_commitments(elements)  # bullets and action lines naming who and when
    elements, tag_colours = adopt_status_tags(elements, doc.pages)  # a status tag by each action
    elements = join_label_headings(elements)  # 'Priority 2' alone over its text: one heading
    elements = join_numbered_names(elements)  # '2. What Ofsted said' over its text
    elements, said_boxes_said = adopt_said_boxes(elements)  # a page's box quoting its rec
    elements = join_side_labels(elements)  # 'Finding 3' beside its wrapped text: one box row
    elements = join_hanging_items(elements)  # 'Rec 2 ...' and its wrap at the hanging indent
    elements = part_list_headings(elements)  # a heading run into the list of items under it
    elements = drop_message_headers(elements)  # a printed thread's From/Sent/To: no action
    elements = drop_side_notes(elements)  # 'Sponsor: X' beside a recommendation's text
    paint_title_marks(elements, doc.pages)  # a coloured dot before each card's title
    index = RecommendationIndex()
    key_lines = key_paragraphs(elements)  # a score key's entries (a bold score each): no headings
    under = captions_below(elements)  # 'Table 3: ...' under its table: that table's title
    headings = {
        i: h
        for i, h in _section_headings(elements).items()
        if i not in key_lines and i not in under
    }
    lists = _labelled_lists(elements, doc.sha256)
    listed = _listed(elements, headings, lists, doc.sha256)
    listed.update(_lists_read_as_headings(elements, headings, lists))
    linked = link_letters(elements)  # the letters every action's link code opens with
    listed.update(key_listed(elements, headings, doc.sha256, listed, linked))  # 'R2 <text>' key
    listed.update(lane_listed(elements, headings, doc.sha256))  # 'Lane: Recommendation 2'
    listed.update(container_listed(elements, headings, doc))  # a treemap rectangle's head
    due_by_group = due_groups(elements)  # 'By March 2027' over a group of actions
    # 'Recommendation 2' over one; a caption under a table is its own, no tag of the next
    tags = tag_links(elements, set(headings) | set(listed) | set(under))
    over = captions_above(elements)  # 'Table 2: Actions for recommendation 1' over its table
    captioned = caption_links(elements, {**under, **over})  # '... recommendation 2' in a caption
    tags.update(captioned)
    tags, box_refs = serial_refs(tags, set(headings) | set(listed))  # 'Pledge P07': a ref
    # coloured marks' key, the words' key; the tags' tints where no printed key names a word
    key_rows: list[tuple[int, str]] = []  # key rows taken out of tables, for their warning
    rag_key = with_tag_key({**mark_key(doc), **_read_keys(elements, key_rows)}, tag_colours)
    marks_rows = drop_key_rows(elements, doc.pages)  # a key of marks under a table's last row
    ball_said: list[ExtractionWarning] = []  # a key of balls whose words read out of order
    rag_key.update(ball_key(doc.pages, ball_said))  # a key of balls: words, else fill's order
    adopt_chip_columns(elements, doc.pages)  # a trend's words painted as statuses: the status
    chips_keyed = chip_key(elements, doc.pages)
    tinted = {w: c for w, c in chips_keyed.items() if w not in rag_key}
    rag_key = with_tag_key(rag_key, chips_keyed)  # card chips' tints
    tints_said = [w for w in (tint_read_words(tinted),) if w is not None]  # words read by tint
    # a column of scores a printed key gives status words ('4 = Complete, 3 = On track')
    scored = adopt_score_columns(elements, rag_key, doc)
    rag_key = {**rag_key, **scored.key}  # icon legends' words; each table's scores are its own
    # a column of symbols the key gives colours ('▲ improving (green)'), where no status column is
    symbols_said = adopt_symbol_columns(elements, rag_key)
    adopt_keyed_codes(elements, rag_key)  # a column of codes the key explains ('OT', 'AR')
    register_said: list[ExtractionWarning] = []  # a register's rows that are no actions
    fill_colours = key_fills(elements)  # a key of filled status cells: fill -> colour
    highlights, highlight_said = read_highlights(elements, doc.pages)  # the highlighter's key
    rag_key.update(highlights)
    highlight_said += read_typeset_status(elements, doc.pages)  # struck, inked, marked text
    highlight_said += read_scale_marks(elements, doc.pages)  # the filled mark's step (scale_marks)
    drafts: list[Draft] = []
    kpis: list[KPI] = []
    section: str | None = None
    level: float | None = None  # font size of the heading that opened the section
    fields: dict[str, str] = {}  # what the section's paragraphs say for all its actions
    # 'Off track (4)': the status of the actions in its section; a drawing's ring label is none
    headed = HeadingStatus(drawn=DrawnLabels(doc.pages))
    field_level: float | None = None  # size of the heading (any) the fields were given under
    consumed = 0  # elements before this index were read as a block updating an action
    lead_lines: list[tuple[int, LeadLine, int | None]] = []  # 'Lead officers: X (2.1); ...'
    placed: dict[int, int] = {}  # id(draft) -> its table's element, for the lead lines
    caption: str | None = None  # the owner a block above the next action table names
    # a chip's fill the only link, a key of recommendations beside chips of those colours
    fill_links = adopt_fill_links(
        [el.table for el in elements if el.table],
        doc.pages,
        [*((n, x) for found in listed.values() for n, x, _ in found), *headings.values()],
        [el.raw for el in elements if el.raw is not None],
    )
    fill_unlinked: list[tuple[str, int]] = []  # rows whose chip no key colour matched
    # status words inked each in its colour, read over the tables under one header row
    inks = inked_status_keys({i: el.table for i, el in enumerate(elements) if el.table})
    # a word inked against its meaning in a plan whose inks are a code: read by its ink
    for i, key in ink_code_keys({i: el.table for i, el in enumerate(elements) if el.table}).items():
        inks[i] = {**inks.get(i, {}), **key}
    captions: list[str] = []  # every such block's owner: two or more, the plan is by lead
    for i, el in enumerate(elements):
        if i < consumed:
            continue  # a line of a block updating an action, read with its first line
        if i in listed:
            for number, text, prov in listed[i]:
                index.add(number, text, prov)
            continue
        if i in headings:
            number, text = headings[i]
            text = _quoted(elements, i) or text
            section = index.add(number, text, element_provenance(doc.sha256, el))
            level = el.lines[0].font_size if el.lines else None
            headed.section(el)  # a larger heading ends a smaller status heading's reach
            fields, field_level = {}, level
            continue
        t = el.table
        if el.raw is not None and (owner := caption_owner(el.raw)) is not None:
            caption = owner  # 'Bill to: <lead>' over the lead's table: every row's owner
            captions.append(owner)
            continue
        if (t is None or t.kind == ACTION_TABLE) and (
            used := update_from_block(elements, i, drafts, scored.table_key(t, rag_key))
        ):
            consumed = i + used  # a block restating an action read above: no action of its own
            continue
        if t is None:
            headed.read(el)
            if el.raw is None and el.lines and (lead := _lead_line(elements, i)) is not None:
                lead_lines.append((i, lead[0], el.lines[0].page))  # owners by ref: no field
                consumed = i + lead[1]  # its wraps, read as paragraphs of their own
                continue
            if el.raw is None and el.lines:
                if _closes(el, field_level):
                    # a theme heading that is no recommendation still scopes its own
                    # 'Oversight: ...' line; the next heading of its level ends that scope
                    fields = {}
                field_level = _heading_size(el) or field_level
                if section is not None and _closes(el, level):
                    section, level = None, None
                    if (owner := heading_owner(el.text)) is not None:
                        fields.setdefault("owner", owner)  # whose cards follow
                elif (found := _section_field(el.text)) is not None:
                    fields.setdefault(*found)
            continue
        if t.kind == RECOMMENDATION_TABLE:
            from_table(index, el, doc.sha256)
            unlabel_table_numbers(index)  # 'Rec 1' down a Rec column: recommendation 1
            note_second_keys(index, t)  # 'para 52' beside each: a key the actions may cite
            note_titles(index, t)  # 'Health of children in care' beside each: its short title
        elif t.kind == ACTION_TABLE:
            # each action's text in the column of the quarter it is due, its fill its status
            t, period_said = fold_period_cells(t, fill_colours)
            el.table = t
            register_said += period_said
            _paint_card_chips(t, doc)
            register_said += keep_action_rows(t)  # a RAID log's risks, issues, decisions
            register_said += unknown_parents_said(t)  # an export's parent not in it
            register_said += drop_period_bands(t)  # a period across a schedule: no action
            register_said += in_ref_order(t)  # a schedule listed by date: its refs' order
            register_said += late_done_column(t, doc)  # 'Overdue?' against the report date
            _adopt_link_column(t, index)
            register_said += read_heat_map(t, doc.pages)  # a status by month: the outlined one
            keyed = scored.table_key(t, rag_key)  # its scores by the key printed with it
            keyed = {**inks.get(i, {}), **keyed}  # 'Disputed' in red: its ink its colour
            new = read_actions(t, index, section, doc.sha256, keyed)
            rate_from_updates(t, new, keyed)  # 'AMBER - Recruitment under way': no column
            for d in new:
                if id(d.row) in fill_links:
                    d.rec_cell = fill_links[id(d.row)] or ""
                    if not d.rec_cell:
                        fill_unlinked.append((d.ref or d.text[:40], d.row.page))
            for d in new:
                d.governance = d.governance or fields.get("governance")
                d.owner = d.owner or caption or fields.get("owner")
                d.rag = headed.give(d.rag)
                d.due_raw = d.due_raw or due_by_group.get(i)
                d.rec_cell = d.rec_cell if d.rec_cell is not None else tags.get(i)
                d.ref = d.ref or (box_refs.get(i) if len(new) == 1 else None)
                placed[id(d)] = i
            drafts += new
            caption = None  # the block names the owner of the table after it alone
        elif t.kind == KPI_TABLE:
            kpis += read_kpis(t, index, section, doc.sha256, len(kpis), rag_key)
    # measures listed as 'indicator  62% → 71% (80%)' (then → now (target)) outside KPI tables
    listed_kpis, kpi_said = progression_kpis(
        elements, doc.sha256, len(kpis), [k.indicator for k in kpis]
    )
    kpis += listed_kpis
    chip_kpis_, chips_said = chip_kpis(elements, doc.sha256, len(kpis), [k.indicator for k in kpis])
    kpis += chip_kpis_  # measures listed as 'indicator  was: 62%  now: 71%  target: 80%'
    scale_said = rate_on_scale(drafts, elements, placed, rag_key)  # 'In progress' by 'At risk'
    lead_said = own_by_lead_lines(lead_lines, drafts, placed)  # owners listed under a table
    lead_said += own_by_index(elements, drafts)  # an index of leads: person -> refs
    rate_from_ref_lines(doc, drafts)  # '2.1 - On track. ...' lines keyed by ref (replies)
    join_cross_tabs(elements, drafts)  # owner rows x month columns holding refs (plan_crosstab)
    drafts, entries_said = join_ref_entries(drafts)  # a ledger's dated entries of one action
    drafts = merge_restated(drafts)  # an action restated later (a card off track): one action
    drafts = without_group_heads(drafts)  # 'Risk CSR-03 <title>' over its numbered items
    by_lead = own_by_box_heads(drafts, doc.pages)  # a lead's box: its head owns those inside
    read, (drafts, lettered) = drafts, own_by_addressees(drafts, doc.pages)  # letters per lead
    drop_head_rows(elements, read, drafts)  # a letter's ref and date lines: no action's row
    by_lead = lettered or by_lead or len(set(captions)) >= 2  # a block per lead's table
    # 'Objectives for: <owner>' sections put back in their refs' order; a plan with no refs
    # keeps in_numbered_order's (its recommendations'), as one grouped by lead always has
    by_lead = by_lead or (
        any(d.ref for d in drafts)
        and sections_by_owner(
            [el.text for el in elements if el.table is None and el.raw is None and el.lines]
        )
    )
    # a card's head band: its ref, its status (word or fill) and its recommendation's badge
    bands_said = read_head_bands(drafts, doc.pages, index, rag_key)
    read_chip_tails(drafts, rag_key)  # an outline's 'assignee: X' chips and '#atrisk' tags
    split_rec_tags(drafts)  # 'R2 2.1 Train ...': a recommendation's tag before the ref
    numbers = list(index.by_number)  # a box's 'Rec 2' chip opening its text: its link
    split_list_tags(drafts, numbers, rec_label_words(doc.pages, numbers) | index.labels)
    split_mark_links(drafts, numbers)  # '... the partnership²': a listed recommendation's mark
    second_said = link_by_second_keys(drafts, index)  # '... (para 52)': the list's second key
    split_caps_kickers(drafts)  # 'PROCESS 1.2 Expand ...': a category over the title
    split_leading_codes(drafts)  # 'RM6 Hold ...': a card title opening with the action's ref
    split_labelled_refs(drafts)  # 'Plan action 2.1: Hold ...': a label, the ref, a colon
    refs_from_gaps(drafts)  # '6 Rewrite ...': the number missing from the others' refs
    drafts = letter_plan(drafts, index)  # '1A' .. '4D' over the plan: link by number, letter order
    read_due_statuses(drafts, rag_key)  # "31 May '27 Severe delays": the date, then the status
    legend_dues(drafts, doc.pages)  # 'Now = by the end of August 2025' over a board's column
    drafts, unnumbered_said = without_unnumbered_runs(drafts, placed)  # key results: no refs
    lists_said = link_listed(drafts, rec_lists)  # the matrix's refs: each action's recommendations
    printed = list(drafts)
    # 'REC2  Increase ...': 'REC' labels them. Every line now, paragraphs too, and read again
    # here, not shared with _lists_read_as_headings: the tables' cells were rewritten since
    # (score and tag words), and that pass reads the tables alone
    index.note_codes(_stated_lines(elements))
    # cards printed in due order, numbered in the plan's; refs in parts ('2.1', '2(a)') only
    # where the plan sorts its actions by status headings, else their printed order stands
    status_runs = headed.seen or sorted_by_status(drafts)  # status headings, or runs of one status
    # a listing's items (search hits) are printed in its own order: the plan's is its numbering
    from_tables = [_table_of(elements, placed, d) for d in drafts]
    in_listing = listing_items(from_tables) or ranked_rows(from_tables)  # a ranking's order too
    by_sections = False
    if by_lead or in_listing:
        drafts = in_lead_ref_order(drafts, listing=in_listing)
    else:
        refs_printed = [d.ref for d in drafts if d.ref]
        # sections printed out of their numbers' order (workstreams answering recommendations
        # dealt out among them) put back in it: their recommendations too, listed per section.
        # Not the rows of one printed table: one listing REC3's rows before REC1's is ordered so
        # by its author (a priority, a shuffled register), and its row order is the plan's; a
        # table per section under its heading, or cards, are the layout's
        in_rows = _one_printed_table([_table_of(elements, placed, d) for d in drafts])
        drafts = in_numbered_order(drafts, parts=status_runs, sections=not in_rows)
        by_sections = (
            not in_rows
            and sections_out_of_order(refs_printed) is not None
            and refs_printed != [d.ref for d in drafts if d.ref]
        )
    drafts = in_page_ref_order(drafts)  # a drawn page's actions side by side: by their refs
    drafts, stray_said = without_stray_notes(drafts)  # a drawing's note read as a card
    index.read_suffix_codes([d.ref for d in drafts if d.ref])  # '07/R2': linked by the last number
    actions = to_actions(drafts, index, doc.sha256, profile.month_first if profile else False)
    action_tables = [_table_of(elements, placed, d) for d in drafts]
    actions = printed_dues(calendar_months(actions, action_tables), action_tables)
    actions, tiles_said = join_status_tiles(doc.pages, actions, rag_key)  # an 'at a glance' grid
    # refs written in a drawing's labelled regions (a target's rings): the region's label
    actions, region_said = join_region_status(doc.pages, actions, rag_key)
    actions, ring_said = ring_dues(doc.pages, actions)  # discs in a wheel's month sectors
    _date_plan_times(actions, elements)
    index.unlabel_numbers([d.ref for d in drafts if d.ref])
    recs = index.items
    # bands drawn from recommendation boxes to action boxes: the link the drawing gives
    actions, ribbon_said = link_by_ribbons(doc.pages, actions, recs)
    # numbered markers on a strip of coloured sections, one per recommendation
    actions, strip_said = link_by_strip_sections(doc.pages, actions, recs)
    # a contents page giving each recommendation's pages, the action pages naming none
    recs, actions, contents_said = link_by_contents(doc.pages, actions, recs)
    # each recommendation naming the part holding its actions ('see Appendix E')
    recs, actions, parts_said = link_by_part_refs(doc.pages, actions, recs)
    # each letter repeats its lead's recommendations, a listing prints them in its own order:
    # the plan's order is their numbers'
    # a grid of recommendations side by side, read a column at a time: the refs give the order
    if lettered or in_listing or by_sections or recs_follow_refs(recs, actions):
        recs, actions, kpis = in_number_order(recs, actions, kpis)
    plan = PlanExtraction(
        recommendations=recs,
        actions=actions,
        kpis=kpis,
        glossary=read_glossary(elements, doc.sha256),
        tables=[el.table for el in elements if el.table is not None],
        warnings=[
            *plan_warnings(
                elements,
                actions,
                kpis=len(kpis),
                profiled_month_first=bool(profile and profile.month_first),
                cited=[d.rec_cell for d in drafts],  # each action's printed link, for its warning
                dated_by_heading={id(elements[i].table) for i in due_by_group},
                rag_key=rag_key,
                rec_labels=index.labels if index.items else None,
                key_rows=key_rows,
                table_keys={id(elements[i].table): key for i, key in inks.items()},
            ),
            *unkeyed_rows_said(marks_rows, doc.pages, rag_key),  # read as no key either
            *_struck(doc),
            *scored.warnings,
            *symbols_said,
            *register_said,
            *kpi_said,
            *chips_said,
            *second_said,
            *stray_status_tags(elements, rag_key),  # '#offtrack' alone, taken by no action
            *unkeyed_balls(doc.pages, rag_key, radios),
            *radios_said,
            *ball_said,
            *tints_said,
            *unpaired_notes(doc),
            *topic_warnings(elements),  # a map's topics joined to a branch by place
            *form_rows_said(elements),  # a form template's example and spare rows skipped
            *margin_said,
            *options_said,
            *unattached,
            *_regrouped(printed, drafts, [_table_of(elements, placed, d) for d in printed]),
            *_status_sorted(drafts, by_status),
            *tiles_said,
            *region_said,
            *ring_said,
            *unnumbered_said,
            *stray_said,
            *lead_said,
            *scale_said,
            *entries_said,
            *highlight_said,
            *notes_said,
            *sheet_said,
            *calendar_said,
            *grid_said,
            *cells_said,
            *versions_said,
            *lists_said,
            *said_boxes_said,
            *pages_said,
            *cited_said,
            *unnamed_captions_said(elements, under, captioned),  # a caption naming none
            *unnamed_captions_said(elements, over, captioned, "above"),
            *section_ref_link_warnings(recs, actions),  # '4.1' linked to 3: by place alone
            *ribbon_said,
            *strip_said,
            *contents_said,
            *parts_said,
            *fill_link_warning(fill_unlinked),
            *unkeyed_marks_said(
                [el.table for el in elements if el.table],
                sum(bool(a.recommendations) for a in actions),
                len(recs),
            ),
            *bands_said,
            *coded_numbers_said(index, sum(bool(a.recommendations) for a in actions)),
            *suffix_doubt_said(index, sum(bool(a.recommendations) for a in actions)),
        ],
    )
    plan.warnings += unrated_warning(plan.actions, plan.warnings)  # never unrated in silence
    # links missing or probably wrong in the plan as read, whatever reader linked it
    plan.warnings += link_gap_warnings(
        plan.recommendations, plan.actions, plan.warnings, doc.pages, linked
    )
    return plan


def _one_printed_table(tables: Sequence[PlanTable | None]) -> bool:
    """Whether every draft is a row of one table the document prints (a ruled grid, a Word or
    Excel table, over pages or not), not of several, nor cards or paragraphs read as a table
    (no printed piece)."""
    first = tables[0] if tables else None
    return first is not None and bool(first.pieces) and all(t is first for t in tables)


def _table_of(elements: list[Element], placed: dict[int, int], d: Draft) -> PlanTable | None:
    """The table a draft was read from, where known."""
    i = placed.get(id(d))
    return elements[i].table if i is not None else None


def _lead_line(elements: list[Element], i: int) -> tuple[LeadLine, int] | None:
    """The owner line ('Lead officers: X (2.1); Y (2.2).') at element i, with its wraps: the
    paragraphs from i up to the next table."""
    texts: list[str] = []
    for el in elements[i : i + LEAD_PARAGRAPHS]:  # the line and its wraps
        if el.table is not None or el.raw is not None or not el.lines:
            break
        texts.append(el.text)
    return lead_line_at(texts)


def _regrouped(
    printed: list[Draft], ordered: list[Draft], tables: Sequence[PlanTable | None]
) -> list[ExtractionWarning]:
    """A warning where unnumbered actions printed grouped by another key (a table per lead
    officer) were put in the order of the recommendations they answer: the plan's own order
    among one recommendation's actions is not printed, so theirs is a guess (the printed one).
    Said too where no action had to move, when the actions stand in a table per lead (two
    tables or more, no owner column: each owner is its table's heading) and one
    recommendation's actions under two leads or more (order_among_leads_unprinted): the
    tables happening to come in the recommendations' order says nothing of the order among
    those. tables: each printed action's table (None where not read from one)."""
    if any(d.ref for d in printed):
        return []
    moved = [id(d) for d in printed] != [id(d) for d in ordered]
    per_lead = (
        None not in tables
        and len({id(t) for t in tables}) >= 2
        and all(t is not None and t.col("owner") is None for t in tables)
    )
    if not moved and not (per_lead and order_among_leads_unprinted(printed)):
        return []
    return [
        ExtractionWarning(
            code="plan_actions_regrouped",
            message=f"the {len(ordered)} actions carry no numbers and are printed grouped by "
            "another key than the recommendation they answer (e.g. by lead officer): they are "
            "listed by recommendation, in printed order within one, which may not be the "
            "plan's own order",
            page=ordered[0].row.page,
        )
    ]


def _status_sorted(drafts: list[Draft], lists: int) -> list[ExtractionWarning]:
    """A warning where unnumbered actions are printed in lists by status ('Completed',
    'Delayed', 'Still to do'): the plan's own order is not printed, so the order given (the
    printed one) may not be it."""
    if lists < 2 or not drafts or any(d.ref for d in drafts):
        return []
    return [
        ExtractionWarning(
            code="plan_actions_status_sorted",
            message=f"the {len(drafts)} actions carry no numbers and are printed in {lists} "
            "lists by status: they are given in printed order, which may not be the plan's "
            "own order",
            page=drafts[0].row.page,
        )
    ]


def _paint_card_chips(t: PlanTable, doc: ParsedDocument) -> None:
    """A card table's status cells take the colour of the pill drawn behind their word
    (pipeline.marks.paint_chips): the card reader builds its cells from lines, which never see
    the page's drawing, so a status said by colour ('Sound' on green) would be lost."""
    rc = t.col("rag")
    if rc is None or not is_card_table(t):
        return
    for row in t.rows:
        cell = row.cells[rc] if rc < len(row.cells) else None
        if cell is not None and 0 < row.page <= len(doc.pages):
            paint_chips([cell], doc.pages[row.page - 1])


# a cell naming a recommendation by its label: a few words, then its number or code ('Finding
# F2', 'Area 3'), perhaps more after it (a status chip read onto the same line)
_LINK_CELL = re.compile(r"^\s*(?P<words>(?:[A-Za-z][\w'’]*\s+){0,4}?)(?P<code>[A-Z]{0,2}\d{1,2})\b")


def _adopt_link_column(t: PlanTable, index: RecommendationIndex) -> None:
    """The column no role was found for, or one set aside as 'other' (a card label no
    vocabulary knows, 'Responds to'), whose every cell names one of the recommendations the
    plan listed above it, each by the same label ('Finding F2', 'Finding F4'), is the action's
    link to its recommendation: it is read as the Rec column, and no longer warned of as
    unread. The label must recur: a column of text that merely holds numbers ('Reduce to 3 by
    June') opens with different words. (Card tables of one plan may share one reading.) A
    column quoting the recommendations' opening words is the link too (quoted_links), even one
    first taken for their text: a cell cut short ('Improve the timeliness and...') states none."""
    if t.col("rec") is not None or not index.items:
        return
    if adopt_title_column(t, index):  # 'Health of children in care': a title the list prints
        return
    if adopt_quote_column(t, index.items):  # 'Improve the timeliness and...': its first words
        return
    if t.col("recommendation_text") is not None:
        return
    for i, role in enumerate(t.roles):
        if role not in (None, "other", "code") or not _names_listed(t, i, index):
            continue
        if role == "code" and t.col("ref") is None:
            continue  # the table's only key: its rows' own codes
        t.take_role(
            i, "rec", 1.0, "cells name the recommendations listed by their label", source="labels"
        )
        return


def _names_listed(t: PlanTable, col: int, index: RecommendationIndex) -> bool:
    """Every filled cell of the column names one listed recommendation, by one shared label."""
    cells = [" ".join(r.text(col).split()) for r in t.rows]
    found = [_LINK_CELL.match(text) for text in cells if text]
    if not found or None in found:
        return False
    words = {m.group("words").strip().lower() for m in found if m is not None}
    if len(words) != 1 or (words == {""} and not _label_coded(found, index)):
        return False
    return all(len(index.ids_for(m.group("code"), note=False)) == 1 for m in found if m is not None)


def _label_coded(found: Sequence[re.Match[str] | None], index: RecommendationIndex) -> bool:
    """Every cell opens with a code in the letters the plan printed tight against its
    recommendations' numbers ('W2' where the list reads 'W1 <text>', 'W2 <text>'): the code
    is the label, as a recurring word is ('Finding F2'), not a bare number a column of text
    may hold."""
    letters = {re.sub(r"\d", "", m.group("code")).upper() for m in found if m is not None}
    return len(letters) == 1 and letters <= index.labels


def _struck(doc: ParsedDocument) -> list[ExtractionWarning]:
    """The warning that words struck through by a drawn line were left out of the tables (a
    revision's old value), so that no text is dropped silently."""
    found = struck_warning(doc.pages)
    return [found] if found is not None else []


def _read_keys(elements: list[Element], taken: list[tuple[int, str]]) -> dict[str, str]:
    """The plan's status key, wherever it is printed: a line of its own, or a row of one cell in
    a table (a legend typed under a tracker's last row, in the sheet). Such a row is a legend,
    not data: it is taken out of its table so that it is read as no action and no heading, and
    added to taken as (page, text) so that the key's warnings still see it."""
    key: dict[str, str] = {}
    for el in elements:
        if el.table is None and el.raw is None:
            key.update(read_rag_key(el.text))
            continue
        if el.table is not None:
            kept = []
            for r in el.table.rows:
                text = _lone_text(r.cells)
                found = read_rag_key(text)
                key.update(found)
                if not found:
                    kept.append(r)
                else:
                    taken.append((r.page, text))
            el.table.rows = kept
        elif el.raw is not None:
            for cells in el.raw.rows:
                key.update(read_rag_key(_lone_text(cells)))
            if len(el.raw.rows) <= KEY_ROWS and max(map(len, el.raw.rows), default=0) <= 3:
                # a key printed as a small table: 'Green | On plan', a swatch beside 'Fragile'
                key.update(read_key_rows([[_text_fill(c) for c in r] for r in el.raw.rows]))
    return key


def _text_fill(cell: Cell | None) -> tuple[str, str | None]:
    return (cell.text, cell.fill) if cell is not None else ("", None)


def _lone_text(cells: list[Cell | None]) -> str:
    """The text of a row whose only filled cell is one (merged across the row or not), else ''."""
    filled = {id(c): c.text for c in cells if c is not None and c.text.strip()}
    return next(iter(filled.values())) if len(filled) == 1 else ""


def read_text_columns(doc: ParsedDocument, elements: list[Element]) -> list[Element]:
    """The elements with the bands of a page set in two text columns (pipeline.layout
    column_bands: newspaper columns, or rows of two panels) read again in column order: the
    layout reader orders a page's lines by height, which on such a page runs each line of the
    left column into the one beside it on the right (and the card readers read the pairs as
    cards). The lines are read again as paragraphs and cards (plan_cards.split_cards), so a
    card in a column is still a card. A band holding a table the page prints (ruled, or found
    by its header row) is left as read: such a band is a table's columns, or a table set in a
    column, and the table reader has it."""
    found = {page.number: column_bands(page) for page in doc.pages}
    edges = {b.right_x for bands in found.values() for b in bands if b.panels}
    for page in doc.pages:
        bands = found[page.number]
        if not bands and edges and max(edges) - min(edges) <= 2:
            bands = column_bands(page, panel_edge=min(edges))  # a row of panels alone on its page
        if bands:
            elements = _reread_page(elements, page, bands, found, {p.number: p for p in doc.pages})
    # a panel holding one card: a card by the labels of the plan's other cards
    return adopt_lone_cards(elements) if edges else elements


def _reread_page(
    elements: list[Element],
    page: Page,
    bands: list[ColumnBand],
    by_page: Mapping[int, list[ColumnBand]] | None = None,
    pages: Mapping[int, Page] | None = None,
) -> list[Element]:
    """The page's elements with those holding lines of its column bands read again, all
    together (a card table the layout reader made may run across several bands).

    Newspaper text flows on over a page break, and a table misread from it is carried on with
    it (by_page: each page's bands, pages: the pages): its lines on this page are read again
    here, and those on the next pages become paragraphs of their pages, read again with them
    there. Left whole, the table's header ('Recommendation 1') made its rows recommendations
    of their own (each field line, '1.2 Convert ...', numbered by its place) and the
    recommendations printed after it were lost."""
    on_page = [i for i, el in enumerate(elements) if el.page == page.number]

    def prose(el: Element) -> bool:
        return prose_read_as_table(el, bands, by_page)

    def flows_on(el: Element) -> bool:  # a misread table carried on over the page break
        return pages is not None and el.table is not None and prose(el)

    blocked = {
        id(b)
        for i in on_page
        if (_printed_table(elements[i]) and not prose(elements[i]))
        or read_in_boxes(elements[i], page)  # each box read
        or read_in_faces(elements[i])  # each card's two faces read cell by cell
        for ln in _element_lines(elements[i])
        if (b := _band_of(ln, page, bands)) is not None
    }
    live = [b for b in bands if id(b) not in blocked]
    touched = [
        i
        for i in on_page
        if (not _printed_table(elements[i]) or prose(elements[i]))
        and (
            all(ln.page == page.number for ln in _element_lines(elements[i]))
            or flows_on(elements[i])
        )
        and any(_band_of(ln, page, live) is not None for ln in _element_lines(elements[i]))
    ]
    if not touched:
        return elements
    kept = {id(ln) for i in on_page if i not in touched for ln in _element_lines(elements[i])}
    read = [ln for i in touched for ln in _element_lines(elements[i]) if ln.page == page.number]
    later: dict[int, list[Line]] = {}  # a flowing table's lines on the next pages
    for i in touched:
        for ln in _element_lines(elements[i]):
            if ln.page != page.number:
                later.setdefault(ln.page, []).append(ln)
    lines = [
        ln
        for ln in page.lines
        if id(ln) not in kept and (_band_of(ln, page, live) is not None or _read_from(ln, read))
    ]
    runs = _column_runs(lines, page, live)
    if any(b.panels for b in live):  # each panel on its own: a side's cards are cards
        spelling = label_counts(lines)  # a panel of one card splits its strip by the page's labels
        made = [
            el
            for run in runs
            for el in split_cards(_body_weight(run), _carried_paragraphs, spelling=spelling)
        ]
    else:  # newspaper text flows on from column to column: paragraphs, read on by the prose
        # a bold run-in ref's wrap, and a fields strip wrapped on to a line of its own, kept
        made = _carried_paragraphs(join_strip_wraps([ln for run in runs for ln in run])[0])
    out: list[Element] = []
    for i, el in enumerate(elements):
        if i == touched[0]:
            out += made
        if i not in touched:
            out.append(el)
    for number, pieces in sorted(later.items()):
        if pages is None or number not in pages:
            continue
        rest = [ln for ln in pages[number].lines if _read_from(ln, pieces)]
        # the page's own paragraphs, read first on it (the text flows on at its top)
        at = next((k for k, el in enumerate(out) if el.page >= number), len(out))
        out[at:at] = _carried_paragraphs(sorted(rest, key=lambda ln: (ln.top, ln.x0)))
    return out


def _read_from(line: Line, read: list[Line]) -> bool:
    """Whether a line of the page is one the elements were read from: a paragraph holds the
    line, a card table's cells pieces of it (a strip of fields cut at its labels)."""
    return any(
        line is ln
        or (
            abs(line.top - ln.top) < 1.0 and line.x0 <= ln.x0 + 1 and ln.bbox[2] <= line.bbox[2] + 1
        )
        for ln in read
    )


def _band_of(ln: Line, page: Page, bands: list[ColumnBand]) -> ColumnBand | None:
    if ln.page != page.number:
        return None
    return next((b for b in bands if b.top < ln.top and ln.bottom < b.bottom), None)


def _column_runs(lines: list[Line], page: Page, bands: list[ColumnBand]) -> list[list[Line]]:
    """The lines in reading order, as runs of one column each: lines outside the bands by
    height; each band's lines in its column order, where the band starts, a run per column
    (the card reader orders the lines it is given by height, so a column is given alone)."""
    units: list[tuple[float, int, list[Line], ColumnBand | None]] = []
    inside: dict[int, list[Line]] = {}
    for ln in sorted(lines, key=lambda x: (x.top, x.x0)):
        band = _band_of(ln, page, bands)
        if band is None:
            units.append((ln.top, 0, [ln], None))
        else:
            inside.setdefault(id(band), []).append(ln)
    for band in bands:
        if id(band) in inside:
            units.append((band.top, 1, band.order(inside[id(band)]), band))
    runs: list[list[Line]] = []
    open_key: tuple[int, bool] | None = None  # (band, right column) of the run open; None outside
    for _, _, group, of in sorted(units, key=lambda u: (u[0], u[1])):
        for ln in group:
            # each band parts its columns at its own edge: a page's bands need not share one
            key = (id(of), of.right_of(ln)) if of is not None else None
            if not runs or key != open_key:
                runs.append([])
            open_key = key
            runs[-1].append(ln)
    return runs


_SENTENCE_END = (".", ":", ";", "?", "!")


def _body_weight(lines: list[Line]) -> list[Line]:
    """The lines with a line that opens with a bold number ('**1.1** Audit twelve ...') read in
    the weight of the sentence it opens, where that sentence wraps onto a line in body type:
    a line's weight is its first letters', so the item would read as a bold heading over its
    own second line."""
    out = list(lines)
    for k in range(len(out) - 1):
        ln, nxt = out[k], out[k + 1]
        if ln.bold and not nxt.bold and LEADING_REF.match(ln.text) and _wraps_to(ln, nxt):
            out[k] = Line(ln.text, ln.bbox, ln.font_size, False, ln.page, ln.index, ln.words)
    return out


def _wraps_to(prev: Line, line: Line) -> bool:
    """The line carries on the sentence of the line above it: the same page and left edge, the
    next line down at the paragraph's leading, a lower-case start, no sentence ended above."""
    return (
        line.page == prev.page
        and abs(line.x0 - prev.x0) <= 2
        and abs(line.font_size - prev.font_size) <= 1.0
        and 0 < line.bottom - prev.bottom <= LEADING * max(prev.font_size, 1.0)
        and line.text.lstrip()[:1].islower()
        and not prev.text.rstrip().endswith(_SENTENCE_END)
    )


def _carried_paragraphs(lines: list[Line]) -> list[Element]:
    """Paragraphs of a column's lines, a sentence wrapped under a first line that opens bold
    ('**1.1** Audit twelve records ... to' over 'the practice group') kept as one: the line's
    weight is its first letters', so the wrap would otherwise start a paragraph of its own."""
    out: list[Block] = []
    for b in blocks(lines):
        if out and _wrapped_on(out[-1].lines[-1], b):
            out[-1].lines.extend(b.lines)
        else:
            out.append(b)
    return [Element(b.page, b.lines[0].top, lines=list(b.lines)) for b in out]


def _wrapped_on(prev: Line, block: Block) -> bool:
    """The block's first line carries on the sentence of the line above it (_wraps_to)."""
    return block.marker is None and _wraps_to(prev, block.lines[0])


def _element_lines(el: Element) -> list[Line]:
    if el.table is not None:
        return [ln for r in el.table.rows for c in r.cells if c is not None for ln in c.lines]
    if el.raw is not None:
        return [ln for r in el.raw.rows for c in r if c is not None for ln in c.lines]
    return list(el.lines)


def _printed_table(el: Element) -> bool:
    """A table the page prints: read from rules or a header row (cards read from labelled
    lines have no printed piece)."""
    return el.raw is not None or (el.table is not None and bool(el.table.pieces))


def _date_plan_times(actions: list[Action], elements: list[Element]) -> None:
    """Due dates timed from the plan's own start ('Month 7', 'Week 12', '+90 days'), read
    against the start the plan prints once: its Month 1 ('Month 1 is September 2025') or its
    start day ('Day 0 (plan start) 9 October 2026', in a paragraph or a cover table's row). A
    plan that prints neither keeps them undated (its due-date warning names them)."""
    timed = [a for a in actions if a.due_date is None and names_plan_time(a.due_raw)]
    if not timed:
        return
    texts = list(_anchor_texts(elements))
    month_one = next((m for t in texts if (m := find_month_one(t)) is not None), None)
    start = next((d for t in texts if (d := find_plan_start(t)) is not None), None)
    for a in timed:
        a.due_date = parse_plan_time(a.due_raw, start=start, month_one=month_one)


def _anchor_texts(elements: list[Element]) -> Iterator[str]:
    """Where a plan prints where its timescales start: each paragraph, and each row of a
    table that is no action table (a cover's facts: 'Day 0 (plan start) | 9 October 2026'),
    a row at a time so that a label is never paired with the next row's date."""
    for el in elements:
        if el.raw is not None:
            for row in el.raw.rows:
                yield " ".join(c.text for c in row if c is not None)
        elif el.table is None:
            yield el.text


def _section_field(text: str) -> tuple[str, str] | None:
    """(role, value) of a one-line field such as 'Reporting to: Improvement Board'.

    The label must name an action column (the header vocabulary) and the value be short: a
    sentence with a colon in it is prose, not a field.
    """
    m = _FIELD_LINE.match(" ".join(text.split()))
    if not m or len(m.group("label").split()) > 4 or len(m.group("value").split()) > 12:
        return None
    role = header_role(m.group("label"))
    if role not in SECTION_FIELDS:
        owner = heading_owner(text)  # 'Objectives for: Grace Adebayo' over that person's cards
        return ("owner", owner) if owner is not None else None
    return str(role), m.group("value").strip().rstrip(".")


def _heading_size(el: Element) -> float | None:
    """The font size of a heading-like paragraph (bold, short, no closing stop), else None."""
    first = el.lines[0]
    if _box_row(el):
        return None  # 'Status this month    Amber': a row of a box, bold label or not
    if first.bold and len(el.text.split()) <= 12 and not el.text.rstrip().endswith((".", ":")):
        return first.font_size
    return None


def _closes(el: Element, level: float | None) -> bool:
    """A heading at the section heading's level or above that is not a recommendation.

    A heading naming a part of a section (its impact measures or KPIs) does not close it: the
    KPI table under it still belongs to the recommendation above.
    """
    first = el.lines[0]
    if _SECTION_PART.match(" ".join(el.text.split())):
        return False  # 'Impact measures', 'Key Performance Indicators': parts of the section
    if _box_row(el):
        return False  # 'Lead officer    Head of Service': a row of the box stating the section
    return (
        level is not None and first.bold and len(el.text.split()) <= 12
        and first.font_size >= level - 0.5 and not el.text.rstrip().endswith((".", ":"))
    )  # fmt: skip


def _quoted(elements: list[Element], i: int) -> str | None:
    """The recommendation quoted in full under its heading ("Ofsted said: ‘...’"), if it is.

    A short heading names the recommendation ('Recommendation 1: Strategy meetings'); the text
    is then the quotation in the paragraphs that follow, up to its closing quote mark.
    """
    parts: list[str] = []
    for el in elements[i + 1 : i + 8]:
        if el.table is not None or el.raw is not None:
            return None
        text = el.text
        if not parts:
            m = _OPEN_QUOTE.match(text)
            if m is None:
                return None
            text = m.group("rest")
        parts.append(text)
        if _CLOSE_QUOTE.search(text):
            quoted = _CLOSE_QUOTE.sub("", join_text(parts)).strip()
            return quoted if len(quoted.split()) >= 3 else None
    return None


def _section_headings(elements: list[Element]) -> dict[int, tuple[str, str]]:
    """Numbered headings that open a section of action tables: element index -> (number, text).

    A numbered sentence is a recommendation heading only when the next thing that is either
    another such heading or a table is an action table; this keeps out numbered lists in the
    introduction and the plan's own section numbers, and the last item of a list of them above
    a table. A '(cont)' heading repeats a known one.
    A heading that names itself a recommendation ('Recommendation 6: Accommodation') in the
    style of one so confirmed, or carries the label and style of one ('Area for improvement 2:'
    after a confirmed 'Area for improvement 1:'), is a section even with no table of its own
    (actions to come, or a table that could not be read).
    """
    found: dict[int, tuple[str, str]] = {}
    candidates = {i: h for i, el in enumerate(elements) if (h := _stated(el)) is not None}
    seen: set[str] = set()
    for i, h in candidates.items():
        for el in elements[i + 1 :]:
            if el.table is not None and el.table.kind in (ACTION_TABLE, KPI_TABLE):
                if rates_earlier(el.table, _tables_before(elements, el)):
                    break  # '5. Progress at ...' over ratings of actions listed above
                if named_heading(elements[i].text) and "rec" in el.table.roles:
                    break  # 'Theme 1: ...' over a table whose rows name their recommendation
                if label_of(elements[i].text) is None and _states_own(el.table):
                    break  # '3. The Committee is asked ...' over a table of 'Recommendation 3:' rows
                if _last_of_list(elements, candidates, i, "rec" in el.table.roles):
                    break
                if _cites_others(el.table, h[0], elements[i].text):
                    break  # '13 Open 0 Closed' over rows that name recommendations 1 to 4
                if el.table.kind == ACTION_TABLE or number_key(h[0]) in seen:
                    found[i] = h
                    seen.add(number_key(h[0]))
                break
            if elements.index(el) in candidates:
                break
    boxes = {i: h for i, h in candidates.items() if _is_box(elements[i])}
    keys = {i: _box_key(elements[i]) for i in boxes}
    for key in set(keys.values()):
        alike = {i: h for i, h in boxes.items() if keys[i] == key}
        if any(i in found for i in alike) or numbered_from_one(
            [_digits(h[0]) for h in alike.values()]
        ):
            # a box confirmed by the table under it, or boxes stating recommendations 1, 2, 3
            # in turn: the plan's device for stating each one, so every box labelled alike
            # opens a section (one whose milestones are all on course and not listed, one
            # whose table was not read); a box labelled otherwise ('Version 2') is no such box
            found.update(alike)
    seen.update(number_key(h[0]) for h in found.values())
    styles = {_style(elements[i]) for i in found if explicit_heading(elements[i].text)}
    named = {(_style(elements[i]), label_of(elements[i].text)) for i in found}
    for i, h in candidates.items():
        key = number_key(h[0])
        style, label = _style(elements[i]), label_of(elements[i].text)
        if i in found or key in seen:
            continue
        if (style in styles and explicit_heading(elements[i].text)) or (
            label is not None and (style, label) in named
        ):
            found[i] = h
            seen.add(key)
    return drop_bare_restated(dict(sorted(found.items())), elements)  # '(1) WHEREAS ...'


def _tables_before(elements: list[Element], el: Element) -> list[PlanTable]:
    """The action tables printed before el."""
    at = next(n for n, e in enumerate(elements) if e is el)
    return [e.table for e in elements[:at] if e.table is not None and e.table.kind == ACTION_TABLE]


def _cites_others(t: PlanTable, number: str, text: str) -> bool:
    """The table's rows name the recommendation each answers, and none names this number: a
    line opened by a bare number and a space over it (a list view's count, '13 Open 0 Closed')
    is no section of theirs. A heading that punctuates or labels its number ('1. Safe
    children', 'Priority IV', 'Recommendation A') is a section, whatever its rows cite: a
    theme's rows cite the inspection's numbers, and a letter or roman key has no digits to
    compare."""
    col = t.col("rec")
    if col is None or not _digits(number) or re.match(r"\s*\d+\s", text) is None:
        return False
    cited = {number_key(m) for row in t.rows for m in re.findall(r"\d{1,2}", row.text(col))}
    return bool(cited) and number_key(_digits(number)) not in cited


def _states_own(t: PlanTable) -> bool:
    """The table states its recommendations itself, in group rows that name themselves one
    ('Recommendation 3: Improve ...'): a bare-numbered paragraph above it ('3. The Committee is
    asked to note ...', a section of the covering report) is no recommendation of its own."""
    return any(
        row.section and explicit_heading(" ".join(c.text for c in row.cells if c is not None))
        for row in t.rows
    )


def _stated(el: Element) -> tuple[str, str] | None:
    """(number, text) of the recommendation an element states as a heading: a paragraph that
    reads as one, or a box of 'label | value' rows (plan_boxes), ruled or not, that states one;
    its other rows (an officer, a rating) describe it and are not part of its text."""
    if el.table is not None:
        return None
    if el.raw is not None and box_rows(el.raw) is not None:
        return box_recommendation(el.raw)
    if el.raw is not None and (captioned := captioned_box(el.raw)) is not None:
        return captioned  # 'DIVIDER 2' over 'Recommendation 2: ...' in one box
    if el.raw is not None and len(listed_in_raw(el, "")) >= 2:
        return None  # a table of rows each stating one (1, 2, 3 ...): a list, no heading
    if (box := _box_lines(el)) is not None:
        return None if _legend(box[1]) else box
    h = heading(el.text)
    if h is None or len(listed_by_label([el], "", any_start=True)) >= 2:
        return None  # items 1, 2, 3 (or 3, 4) run into one paragraph: a list
    return None if _legend(h[1]) else h


# a chart legend's entry: a count and its share of the whole ('Run aground 3 (33%)')
_COUNT_SHARES = re.compile(r"(?<![\d.])\d{1,4}\s*\(\s*\d{1,3}(?:\.\d+)?\s*%\s*\)")
MIN_LEGEND_ENTRIES = 2  # counts with their shares that make a text a legend, no sentence


def _legend(text: str) -> bool:
    """Whether a numbered 'heading' is a chart's total over its legend: a dashboard's donut
    prints the number of actions in its hole ('9') and beside it a legend of counts and shares
    ('Waters across the plan  Plain sailing 1 (11%)  Run aground 3 (33%) ...'), read as one
    numbered paragraph. Two entries or more of a count with its share are no recommendation's
    words."""
    return len(_COUNT_SHARES.findall(text)) >= MIN_LEGEND_ENTRIES


def _box_lines(el: Element) -> tuple[str, str] | None:
    """The one recommendation label | value rows printed as lines state (a tinted box, or one
    ruled round its edge only), else None."""
    stated = stated_in_lines(_element_lines(el))
    return stated[0] if len(stated) == 1 else None


def _is_box(el: Element) -> bool:
    if el.table is not None:
        return False
    if el.raw is not None and box_rows(el.raw) is not None:
        return True
    if el.raw is not None and captioned_box(el.raw) is not None:
        return True  # boxes under captions: stated one each, numbered in turn
    if el.raw is not None and label_box(el.raw) is not None:
        return True  # 'Recommendation 2' over its sentence in a box: one each, in turn
    return _box_lines(el) is not None


def _box_key(el: Element) -> str:
    """The label words a box states its recommendation under ('r', 'finding')."""
    if el.raw is not None and box_rows(el.raw) is not None:
        return box_label(el.raw)
    if el.raw is not None and captioned_box(el.raw) is not None:
        return caption_label(el.raw)
    if el.raw is not None and (label := label_box(el.raw)) is not None:
        return label
    return lines_label(_element_lines(el))


def _box_row(el: Element) -> bool:
    """A paragraph printed as a 'label    value' row (a gap between two cells; the label may
    wrap above the line its value is on), no heading."""
    return any(column_gap(ln) is not None for ln in el.lines[:3])


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def _last_of_list(
    elements: list[Element], candidates: dict[int, tuple[str, str]], i: int, rec_column: bool
) -> bool:
    """Item i follows item i - 1 of a list (2 after 1, in the same style; or 5 after a paragraph
    listing 1 to 4 run together) and is no heading: it is set in body type, not bold, or the
    table below names each row's recommendation itself.
    A bold heading straight after another stays one (a recommendation with no actions yet)."""
    prev = candidates.get(i - 1)
    number = prev[0] if prev is not None else _last_listed(elements[i - 1]) if i else None
    if number is None or not _next_number(number, candidates[i][0]):
        return False
    el = elements[i]
    if not el.lines or _style(el) != _style(elements[i - 1]):
        return False
    return rec_column or not el.lines[0].bold


def _last_listed(el: Element) -> str | None:
    """The number of the last item of a paragraph listing several run together ('Area of
    focus 1: ... Area of focus 4: ...', wrapped with no gap between items), else None."""
    if el.table is not None or el.raw is not None or not el.lines:
        return None
    items = listed_by_label([el], "")
    return items[-1][0] if len(items) >= 2 else None


def _next_number(prev: str, number: str) -> bool:
    """'3' follows '2' (items of one list), 'P3' follows 'P2'."""
    a, b = re.fullmatch(r"(\D*)(\d+)", prev), re.fullmatch(r"(\D*)(\d+)", number)
    return bool(a and b and a.group(1) == b.group(1) and int(b.group(2)) == int(a.group(2)) + 1)


def _style(el: Element) -> tuple[bool, float] | None:
    return (el.lines[0].bold, round(el.lines[0].font_size)) if el.lines else None


def _labelled_lists(elements: list[Element], sha256: str) -> list[tuple[list[int], Listed]]:
    """Each run of labelled paragraphs one after another ('Area for improvement 1: ...'), by
    element index, with the items it lists: read once, for both _listed and
    _lists_read_as_headings, which judge the same runs by different evidence."""
    runs = _runs(elements, _labelled)
    lists = [(run, listed_by_label([elements[j] for j in run], sha256)) for run in runs]
    if any(items for _, items in lists):
        return lists  # a list numbered in figures: a run keyed (i), (ii) is its sub-points
    return [(run, listed_by_label([elements[j] for j in run], sha256, roman=True)) for run in runs]


def _listed(
    elements: list[Element],
    headings: dict[int, tuple[str, str]],
    lists: list[tuple[list[int], Listed]],
    sha256: str,
) -> dict[int, Listed]:
    """Recommendations listed apart from the action tables, by element index (the other
    elements of a list map to nothing): labelled paragraphs one after another ('Area for
    improvement 1: ...'), two columns printed without rules, or a table no header names.

    Read only where the plan quotes its recommendations nowhere else (no section headings, no
    recommendation table or column), and, unless every item names itself one ('Recommendation
    1 - ...'), where its actions name theirs by number (a number column, or refs such as '1.3'
    or '1c') or quote their opening words ('Improve the timeliness and...': quoted_links): a
    numbered list in the introduction of any other plan stays prose.
    """
    if headings or _quoted_elsewhere(elements):
        return {}
    joined = _joined_by_number(elements)
    found: dict[int, Listed] = {}
    bare = [(run, None) for run in _runs(elements, has_bare_number)]
    for run, items in [*lists, *bare]:
        named = all(explicit_heading(elements[j].text) for j in run)
        if not (joined or named):  # read where the actions quote its items' opening words
            items = (
                items if items is not None else listed_in_lines([elements[j] for j in run], sha256)
            )
            if not items or not _quoted_by_actions(elements, items):
                continue
        if items is None:  # a run of bare numbers, read only when it may be a list
            items = listed_in_lines([elements[j] for j in run], sha256)
        if not items and named:  # a section's head naming the recommendations it answers,
            # opening at any number ('Ofsted recommendation 3. ...', '... 4. ...')
            items = listed_by_label([elements[j] for j in run], sha256, any_start=True)
        if items:
            found.update({j: [] for j in run})
            found[run[0]] = items
    for i, el in enumerate(elements):
        if el.raw is None or not (items := _listed_in_table(el, sha256)):
            continue
        if _coded_by_actions(elements, el.raw, items):
            # numbered as the same list printed as paragraphs is ('R2 ...': recommendation 2)
            found[i] = [(_digits(number), text, prov) for number, text, prov in items]
        elif joined or _rows_named(el.raw, len(items)) or _quoted_by_actions(elements, items):
            found[i] = items
    return found


def _coded_by_actions(elements: list[Element], t: Table, items: Listed) -> bool:
    """Whether the action tables' ref cells code the listed rows ('R1 | Improve ...' cited
    by 'R1-02'): a coded list ruled into a table is cited as its paragraphs are
    (_lists_read_as_headings, cited_by_codes), an appendix after the actions too."""
    first = next((r for r in t.rows if any(c is not None and c.text.strip() for c in r)), None)
    if first is None:
        return False
    text = join_text(c.text for c in first if c is not None and c.text.strip())
    numbers = [number for number, _, _ in items]
    return cited_by_codes(text, numbers, _stated_lines([e for e in elements if e.table]))


def _quoted_by_actions(elements: list[Element], items: Listed) -> bool:
    """Whether an action table's column quotes the listed items' opening words ('Improve the
    timeliness and...'): the actions cite the list by quote, as others cite theirs by number."""
    tables = [el.table for el in elements if el.table is not None]
    return quoted_by_actions(tables, [text for _, text, _ in items])


def _rows_named(t: Table, items: int) -> bool:
    """Whether a table's rows each name the recommendation they state ('Recommendation 2: ...'
    in a cell of its own, or 'Recommendation 2' in a cell of its own beside the text), as a
    list of labelled paragraphs does: read as the plan's list wherever its actions link to
    them (by number or otherwise)."""
    named = sum(
        1 for row in stacked_rows(t) for c in row if c is not None and _names_itself(c.text)
    )  # fmt: skip
    return named >= items >= 2


def _names_itself(text: str) -> bool:
    """A cell that names a recommendation in words: its label and text, or its label alone."""
    return explicit_heading(text) or label_number(" ".join(text.split())) is not None


def _lists_read_as_headings(
    elements: list[Element],
    headings: dict[int, tuple[str, str]],
    lists: list[tuple[list[int], Listed]],
) -> dict[int, Listed]:
    """Runs of labelled paragraphs one after another that list the recommendations, numbered
    1 .. n (MIN_LISTED at least), printed before the actions ('Finding F1: ...' to 'Finding
    F6: ...', two of them run into one paragraph): read whole as a list where some were taken
    for section headings that lose the items sharing a paragraph, or where none was but the
    actions' cells cite them by the same label ('Responds to: Finding F2'). A run whose
    headings already see every item is left to them (they open sections for the tables under
    them), and a list nothing cites stays prose (_listed)."""
    found: dict[int, Listed] = {}
    in_tables: list[str] | None = None  # the tables' lines and cells, read once when needed
    for run, items in lists:
        taken = sum(1 for j in run if j in headings)
        if len(items) < MIN_LISTED or len(items) <= taken:
            continue
        first, numbers = elements[run[0]].text, [number for number, _, _ in items]
        if not taken and not _cited_in_tables(elements, label_of(first), items):
            if in_tables is None:
                in_tables = _stated_lines([e for e in elements if e.table])
            if not (
                cited_by_codes(first, numbers, in_tables)
                or _cited_by_tags(first, numbers, elements)
            ):
                continue  # a numbered list in the introduction, named by nothing else
        if not numbered_from_one([_digits(number) for number, _, _ in items]):
            continue
        found.update({j: [] for j in run})
        found[run[0]] = items
    return found


def _cited_by_tags(first: str, numbers: list[str], elements: list[Element]) -> bool:
    """Whether the actions (a line, or a cell where they were read as a table) close with a
    bracketed code of the list's ('... [R2]', the list reading 'R2 Ensure ...'): a highlight
    report prints the recommendations apart, often after the actions, and tags each action
    with one; two items cited at least, so one stray tag names no list. A cell's own lines are
    read too: an action's text closing with its tag may run on in the cell with its update
    ('... partnership (R1)' / 'Last heard: ...'), the cell then closing with no tag."""
    own = printed_code(first)
    if own is None:
        return False
    label, digits = own[0], {re.sub(r"\D", "", n).lstrip("0") for n in numbers}
    cited: set[str] = set()
    in_cells = [
        ln.text
        for el in elements
        if el.table is not None
        for row in el.table.rows
        for c in row.cells
        if c is not None
        for ln in c.lines
    ]
    for text in [*_stated_lines(elements), *in_cells]:
        code = tag_code(text)
        tagged = printed_code(code) if code is not None else None
        if tagged is not None and tagged[0] == label and tagged[1] in digits:
            cited.add(tagged[1])
    return len(cited) >= 2


def _cited_in_tables(elements: list[Element], label: str | None, items: Listed) -> bool:
    """Whether a cell of the plan's tables opens with the list's label and one of its items'
    numbers ('Finding F2' under 'Responds to', the list reading 'Finding F2: ...')."""
    if not label:
        return False
    cited = {f"{label} {number}".lower() for number, _, _ in items}
    for el in elements:
        if el.table is None:
            continue
        for row in el.table.rows:
            for cell in row.cells:
                words = (cell.text if cell is not None else "").lower().split()
                if any(" ".join(words[: len(c.split())]) == c for c in cited):
                    return True
    return False


def _listed_in_table(el: Element, sha256: str) -> Listed:
    """A table no header names that lists the recommendations: rows of a bare number beside a
    sentence (listed_in_raw), or of a label ending in the number ('Recommendation no. 2',
    'R2') beside it (plan_boxes.box_list)."""
    if el.raw is None:
        return []
    items = listed_in_raw(el, sha256)
    if items:
        return items
    prov = element_provenance(sha256, el)
    return [(number, text, prov) for number, text in box_list(el.raw)]


def _stated_lines(elements: list[Element]) -> list[str]:
    """Every line of the plan's paragraphs and every cell of its tables, where a recommendation
    may be stated under its code."""
    out = [ln.text for el in elements for ln in el.lines]
    for el in elements:
        if el.table is not None:
            out += [c.text for row in el.table.rows for c in row.cells if c is not None]
        elif el.raw is not None:  # a list ruled into rows: a row is its line ('R2 | Raise ...')
            out += [join_text(c.text for c in r if c is not None) for r in el.raw.rows]
    return out


def _labelled(el: Element) -> bool:
    return el.table is None and el.raw is None and bool(el.lines) and list_item(el.text)


def join_hanging_items(elements: list[Element]) -> list[Element]:
    """A labelled item ('Rec 2 Improve ...') with the lines that wrap it at its hanging
    indent joined to it as one paragraph. The layout parts a wrapped line from its item where
    only the item's label is bold, so a list of labelled items would read as a run broken
    after each item that wraps: the wrap is the element under the item (_hangs_under)."""
    out: list[Element] = []
    for el in elements:
        prev = out[-1] if out else None
        if prev is not None and _hangs_under(prev, el):
            out[-1] = Element(prev.page, prev.top, lines=[*prev.lines, *el.lines])
            continue
        out.append(el)
    return out


def _hangs_under(item: Element, el: Element) -> bool:
    """Whether el wraps the labelled item above it: text, no item of its own, in the item's
    font size, at line pitch under it, every line at a hanging indent (_hangs_at) and ending
    no further right than the item's line."""
    if item.table is not None or item.raw is not None or el.table is not None or el.raw is not None:
        return False
    if not item.lines or not el.lines or not list_item(item.lines[0].text):
        return False
    if list_item(el.text):
        return False
    last, first = item.lines[-1], el.lines[0]
    size = last.font_size
    if first.page != last.page or abs(first.font_size - size) >= 0.6:
        return False
    if not 0 < first.top - last.top <= _HANG_PITCH * size:
        return False
    # a wrapped item fills its line: what wraps under it ends no further right (a text set
    # beside a label in a column of its own runs on past it: the next item, not a wrap)
    edge = last.bbox[2] + size
    return all(_hangs_at(item.lines[0], ln.x0) and ln.bbox[2] <= edge for ln in el.lines)


def _hangs_at(line: Line, x: float) -> bool:
    """Whether x is a hanging indent under the labelled line: right of its start by more than
    a font size (no flush continuation) and by a label's width at most (_HANG_INDENT)."""
    return line.x0 + line.font_size < x <= line.x0 + _HANG_INDENT * line.font_size


def _runs(elements: list[Element], keep: Callable[[Element], bool]) -> list[list[int]]:
    """Maximal runs of consecutive elements that keep() holds for, by index."""
    runs: list[list[int]] = []
    for i, el in enumerate(elements):
        if not keep(el):
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _quoted_elsewhere(elements: list[Element]) -> bool:
    """A recommendation table, or a recommendation column beside the actions. (Heading rows
    inside an action table do not count: a row whose cells a table without rules ran together
    can look like one, and a list's numbers come first anyway.)"""
    for el in elements:
        t = el.table
        if t is None:
            continue
        if t.kind == RECOMMENDATION_TABLE:
            return True
        rt = t.col("recommendation_text") if t.kind == ACTION_TABLE else None
        if rt is not None and not cut_short(t, rt):  # cut short: quotes, stating nothing
            return True
    return False


def _joined_by_number(elements: list[Element]) -> bool:
    """An action table names each action's recommendation by number: a Rec column, a run of
    tick columns, one per recommendation ('R1 | R2 | R3' over ticks), or refs that code it
    ('1.3', 'A1.3', '1c')."""
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE:
            continue
        if t.col("rec") is not None or t.cols(REC_TICKS):
            return True
        ref_c = t.col("ref")
        refs = [r.text(ref_c) for r in t.rows if not r.section] if ref_c is not None else []
        if refs and sum(1 for x in refs if coded_ref(x)) >= 0.8 * len(refs):
            return True
        if suffix_coded_refs([x for x in refs if x]):
            return True  # '07/R2', 'A07-2': the code's last number is the recommendation's
        ac = t.col("action")
        if ref_c is None and ac is not None and lettered_texts([r.text(ac) for r in t.rows]):
            return True  # '2A Convert ...': lettered under recommendation 2 (lettered_refs)
    return False
