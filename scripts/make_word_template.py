"""Write templates/briefing.docx, the built-in Word template of each audience's briefing.

    .venv/bin/python scripts/make_word_template.py

The template is a Word file with Jinja tags in it (docxtpl): a team restyles it in Word (fonts,
heading styles, margins, a letterhead) and keeps the tags; a project's own
`templates/briefing.docx` replaces this one. `view` is the audience's briefing.json; the
handling marking leads the document and sits in its header and footer, as on every page of the
PDF. Run this after changing the layout below, then open the result in Word to check it.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

TARGET = Path(__file__).resolve().parent.parent / "templates" / "briefing.docx"


def main() -> None:
    document = Document()
    section = document.sections[0]
    for part in (section.header, section.footer):
        line = part.paragraphs[0]
        line.text = "{{ view.marking }}"
        line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        line.runs[0].bold = True

    marking = document.add_paragraph()
    run = marking.add_run("{{ view.marking }}")
    run.bold, run.font.size = True, Pt(14)
    document.add_paragraph("{% if view.banner %}{{ view.banner }}{% endif %}")
    document.add_heading("{{ view.title }}", level=0)
    meta = document.add_paragraph(
        "{{ view.name|capitalize }} briefing{% if view.as_of %} as of {{ view.as_of }}{% endif %}"
    )
    meta.runs[0].font.color.rgb = RGBColor(0x5B, 0x64, 0x72)

    document.add_heading("Bottom line", level=1)
    document.add_paragraph("{%p for point in view.key_points %}")
    document.add_paragraph("{{ point.text }}", style="List Bullet")
    document.add_paragraph("{%p endfor %}")

    document.add_paragraph("{%p for item in view.stories %}")
    document.add_heading("{{ item.story.headline }}", level=1)
    document.add_paragraph("{% for point in item.summary %}{{ point.text }} {% endfor %}")
    document.add_paragraph("{%p for statement in item.statements %}")
    said = document.add_paragraph(style="Quote")
    said.add_run("“{{ statement.quote|spoken }}” ({{ statement.speaker or 'unattributed' }})")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p for event in item.events %}")
    document.add_paragraph(
        "{{ event.date or 'undated' }}: {{ event.summary }}", style="List Bullet"
    )
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endfor %}")

    document.add_paragraph("{%p if view.key_dates %}")
    document.add_heading("Key dates", level=1)
    document.add_paragraph("{%p for day in view.key_dates %}")
    document.add_paragraph("{{ day.date }}: {{ day.summary[0] }}", style="List Bullet")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endif %}")

    document.add_heading("Sources", level=1)
    document.add_paragraph("{%p for source in view.sources %}")
    document.add_paragraph(
        "{{ source.title }}{% if source.publisher %}, {{ source.publisher }}{% endif %}"
        "{% if source.published %}, {{ source.published }}{% endif %}"
        " [{{ source.tlp or 'no TLP label' }}]",
        style="List Number",
    )
    document.add_paragraph("{%p endfor %}")
    closing = document.add_paragraph("{{ view.marking }}")
    closing.runs[0].bold = True
    document.core_properties.title = "Briefing"
    document.core_properties.author = "briefgen"
    document.save(TARGET)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
