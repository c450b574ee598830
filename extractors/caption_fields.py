"""A table's caption fields: a labelled block just above a table names whom all its rows are for.

Why: a plan billed out per lead (an invoice, a statement, a work order per person) prints the
owner ONCE, in a block above that lead's table of items ('Bill to:' over the lead's name over
their organisation, beside distractor fields: a date, an account, who raised it), and no row of
the table names an owner. Read row by row, every action is ownerless. The block is a field of
the table, as a section's 'Owner:' line is a field of the section's cards.

The evidence is the block's shape: a small layout table read as no plan table (no header of plan
roles; one or two rows) standing before an action table, whose cell opens a line with a
label that says whom the rows are for (an owner label, 'Lead:', or an addressee label, 'Bill
to:', pipeline/normalise/data/owners.json's heading_owner_labels) and gives its value either on
the same line or on the next line by itself (the label printed over the value), a short name of
a person or a post (extractors/owner_headings.heading_owner). The plan reader gives the value to
every ownerless action of the NEXT action table only (extractors/plan.py); a block per table
means the plan is listed by lead, so its refs give the order back.

Pure: reads a table's cells; no I/O.
"""

from __future__ import annotations

from plantrace.extractors.owner_headings import heading_owner
from plantrace.pipeline.document import Table

MAX_ROWS = 2  # a block of fields, not a table of items
MAX_LABEL_WORDS = 4  # 'For the attention of:' at most


def caption_owner(table: Table) -> str | None:
    """The owner a block of fields names for the table after it, else None: the first line of
    one of its cells that is an owner or addressee label with its value ('Lead: Grace Adebayo'),
    or such a label alone ('Bill to:') over a line holding the value."""
    if not table.rows or len(table.rows) > MAX_ROWS:
        return None
    for row in table.rows:
        for cell in row:
            if cell is None:
                continue
            texts = [ln.text for ln in cell.lines] or cell.text.splitlines()
            lines = [" ".join(t.split()) for t in texts if t.strip()]
            for k, line in enumerate(lines):
                if (owner := heading_owner(line)) is not None:
                    return owner
                if not (line.endswith(":") and len(line.split()) <= MAX_LABEL_WORDS):
                    continue
                below = lines[k + 1] if k + 1 < len(lines) else ""
                if below and (owner := heading_owner(f"{line} {below}")) is not None:
                    return owner  # the label printed over its value
    return None
