"""Web pages as release text: the main text with paragraph breaks, the page's own title
and date beside it, and no crash on broken or empty markup."""
from __future__ import annotations

from relx.read.html import html_to_text

PAGE = """<!DOCTYPE html><html><head><title>Fenwick Tools Opens Plant | Fenwick News</title>
<meta property="article:published_time" content="2023-10-02"></head>
<body><nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<article><h1>Fenwick Tools Opens Plant</h1>
<p>Fenwick Tools Ltd. today opened a plant in Leeds.</p>
<p>&ldquo;We are proud,&rdquo; said Mara Quinn, managing director.<br>&ldquo;Leeds is home.&rdquo;</p>
<table><tr><td>Press office</td><td>Ola Brandt</td></tr></table>
</article><footer>Copyright Fenwick Tools. Cookie settings</footer></body></html>"""


def test_paragraphs_are_separated_by_a_blank_line_and_a_line_break_stays_in_its_paragraph():
    text = html_to_text(PAGE).text
    assert text.split("\n\n")[:3] == [
        "Fenwick Tools Opens Plant",
        "Fenwick Tools Ltd. today opened a plant in Leeds.",
        "\u201cWe are proud,\u201d said Mara Quinn, managing director.\n\u201cLeeds is home.\u201d",
    ]


def test_menus_and_footers_are_left_out_and_table_cells_are_tab_separated():
    text = html_to_text(PAGE).text
    assert "Home" not in text and "Cookie" not in text
    assert "Press office\tOla Brandt" in text


def test_the_page_title_and_date_come_beside_the_text():
    page = html_to_text(PAGE)
    assert (page.title, page.published) == ("Fenwick Tools Opens Plant", "2023-10-02")


def test_a_page_with_only_loose_divs_still_gives_its_text():
    assert html_to_text("<html><body><div>Fenwick Tools said.</div><div>Second.</div></body></html>"
                        ).text == "Fenwick Tools said.\n\nSecond."


def test_a_fragment_without_html_around_it_gives_its_text():
    assert html_to_text("<p>Fenwick <b>Tools</b> said.").text == "Fenwick Tools said."


def test_empty_or_hopeless_markup_is_an_empty_text_not_an_error():
    for html in ("", "<html></html>", "<html><body><script>var a;</script></body></html>",
                 "<" * 1000, "<div>" * 3000):
        page = html_to_text(html)
        assert page.text.strip() == "" or "var a" not in page.text
