//! Timeline HTML read by the core's parser and cut down by the allowlist: real slide markup
//! survives, and hostile markup of every kind leaves no script, style, frame or handler.

use korea_timeline::core::sample::split_mix::SplitMix64;
use korea_timeline::core::text::html_parse::{parse_html, MAX_ELEMENT_DEPTH};
use korea_timeline::core::text::rich_node::{to_html, RichNode};
use korea_timeline::core::text::sanitize::{sanitize, LINK_REL};
use proptest::prelude::*;
use proptest::sample::select;

/// What the app renders from `input`, written as HTML.
fn shown(input: &str) -> String {
    to_html(&sanitize(&parse_html(input)))
}

fn link(href: &str) -> String {
    format!("<a href=\"{href}\" rel=\"{LINK_REL}\">go</a>")
}

const NO_HREF: &str = "<a rel=\"noopener noreferrer\">go</a>";

/// How deeply elements nest; trees from `parse_html` are shallow enough to recurse over.
fn depth(nodes: &[RichNode]) -> usize {
    nodes
        .iter()
        .map(|node| match node {
            RichNode::Element { children, .. } => 1 + depth(children),
            RichNode::Text(_) => 0,
        })
        .max()
        .unwrap_or(0)
}

fn all_text(nodes: &[RichNode], out: &mut String) {
    for node in nodes {
        match node {
            RichNode::Element { children, .. } => all_text(children, out),
            RichNode::Text(text) => out.push_str(text),
        }
    }
}

/// The first element that must never survive sanitising, if any.
fn forbidden(nodes: &[RichNode]) -> Option<String> {
    nodes.iter().find_map(|node| match node {
        RichNode::Element {
            tag,
            attrs,
            children,
        } => {
            let bad_tag = ["script", "style", "iframe", "svg"].contains(&tag.as_str());
            let bad_attr = attrs
                .iter()
                .any(|(name, _)| tag != "a" || (name != "href" && name != "rel"));
            if bad_tag || bad_attr {
                Some(format!("<{tag} {attrs:?}>"))
            } else {
                forbidden(children)
            }
        }
        RichNode::Text(_) => None,
    })
}

#[test]
fn a_timelinejs_slide_survives_whole() {
    let slide = "<p>The <b>Moscow</b> conference, <i>December&nbsp;1945</i> &ndash; see \
                 <a href=\"https://example.org/moscow?a=1&amp;b=2\" target=\"_blank\">the \
                 communiqu&eacute;</a>.</p>\n<ul>\n<li>Trusteeship<li>Joint commission</ul>\
                 <blockquote>&ldquo;Five years&rdquo;<br/>&mdash; Byrnes</blockquote>";
    assert_eq!(
        shown(slide),
        "<p>The <b>Moscow</b> conference, <i>December\u{a0}1945</i> – see \
         <a href=\"https://example.org/moscow?a=1&amp;b=2\" rel=\"noopener noreferrer\">the \
         communiqué</a>.</p>\n<ul>\n<li>Trusteeship</li><li>Joint commission</li></ul>\
         <blockquote>“Five years”<br>— Byrnes</blockquote>"
    );
}

#[test]
fn scripts_styles_and_frames_go_with_their_content() {
    for input in [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<script>document.write('<p>x</p>')</script>",
        "<style>body{display:none}</style>",
        "<style>@import url(https://evil.example/x.css);</style>",
        "<iframe src=\"https://evil.example\"><p>inside</p></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"x.swf\"><param name=a value=b>fallback</object>",
        "<embed src=x.swf>",
        "<svg onload=alert(1)><script>alert(2)</script><a href=https://x.example>s</a></svg>",
        "<svg><style>*{}</style></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<template><p>hidden</p></template>",
        "<noscript><img src=x onerror=alert(1)></noscript>",
        "<img src=x onerror=alert(1)>",
        "<img src=x onerror=\"alert(1)\"/>",
        "<input autofocus onfocus=alert(1)>",
        "<link rel=stylesheet href=https://evil.example/x.css>",
        "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
        "<base href=https://evil.example/>",
    ] {
        assert_eq!(shown(input), "", "{input:?}");
    }
}

#[test]
fn handler_and_style_attributes_are_dropped() {
    assert_eq!(
        shown("<p onclick=\"alert(1)\" style=\"background:url(x)\" class=x id=y>hi</p>"),
        "<p>hi</p>"
    );
    assert_eq!(
        shown("<b ONMOUSEOVER=alert(1) Style='x'>b</b><div onload=x>d</div>"),
        "<b>b</b>d"
    );
    assert_eq!(
        shown("<a href=\"https://ok.example\" onclick=\"x()\" style=\"x\">go</a>"),
        link("https://ok.example")
    );
}

#[test]
fn script_and_data_links_lose_their_href_however_they_are_written() {
    for input in [
        "<a href=\"javascript:alert(1)\">go</a>",
        "<a href='JaVaScRiPt:alert(1)'>go</a>",
        "<a href=javascript:alert(1)>go</a>",
        "<a href=\"&#106;avascript:alert(1)\">go</a>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">go</a>",
        "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)\">go</a>",
        "<a href=\"java&#x09;script:alert(1)\">go</a>",
        "<a href=\"java&#9;script:alert(1)\">go</a>",
        "<a href=\"java&#10;script:alert(1)\">go</a>",
        "<a href=\"java\tscript:alert(1)\">go</a>",
        "<a href=\"&#x20;javascript:alert(1)\">go</a>",
        "<a href=\"javascript&colon;alert(1)\">go</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">go</a>",
        "<a href=\"DATA:text/html;base64,PHNjcmlwdD4=\">go</a>",
        "<a href=\"vbscript:msgbox(1)\">go</a>",
        "<a HREF=\"javascript:alert(1)\" href=\"https://ok.example\">go</a>",
    ] {
        assert_eq!(shown(input), NO_HREF, "{input:?}");
    }
    assert_eq!(
        shown("<a href=\"https://ok.example\" href=\"javascript:alert(1)\">go</a>"),
        link("https://ok.example")
    );
    assert_eq!(shown("<a href=#note-2>go</a>"), link("#note-2"));
}

#[test]
fn markup_hidden_in_raw_text_or_attributes_stays_text() {
    // Browsers end a noscript or a comment early; whatever follows is parsed as markup and
    // judged by the allowlist like anything else.
    assert_eq!(
        shown("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        "&quot;&gt;"
    );
    assert_eq!(
        shown("<!-- --!><img src=x onerror=alert(1)> -->"),
        " --&gt;"
    );
    assert_eq!(
        shown("<scr<script>ipt>alert(1)</script>"),
        "ipt&gt;alert(1)"
    );
    assert_eq!(shown("<textarea><script>alert(1)</script></textarea>"), "");
    assert_eq!(
        shown("<title></title><a href=\"https://ok.example\">go</a>"),
        link("https://ok.example")
    );
}

#[test]
fn deep_nesting_is_capped_without_losing_text() {
    let bold = format!("{}deep{}", "<b>".repeat(100_000), "</b>".repeat(100_000));
    let tree = parse_html(&bold);
    assert_eq!(depth(&tree), MAX_ELEMENT_DEPTH);
    let clean = sanitize(&tree);
    let mut text = String::new();
    all_text(&clean, &mut text);
    assert_eq!(text, "deep");

    let paragraphs = parse_html(&"<p>x".repeat(100_000));
    assert_eq!(paragraphs.len(), 100_000);
    assert_eq!(depth(&paragraphs), 1);

    let mixed = parse_html(&"<ul><li><blockquote><p><i>".repeat(30_000));
    assert_eq!(depth(&mixed), MAX_ELEMENT_DEPTH);
    assert_eq!(depth(&sanitize(&mixed)), MAX_ELEMENT_DEPTH);
}

#[test]
fn random_bytes_parse_and_sanitise() {
    let mut random = SplitMix64::new(1945);
    for length in [0, 1, 7, 100, 10_000, 200_000] {
        let bytes: Vec<u8> = (0..length)
            .map(|_| random.next_u64().to_le_bytes()[0])
            .collect();
        let input = String::from_utf8_lossy(&bytes);
        assert_eq!(forbidden(&sanitize(&parse_html(&input))), None);
    }
}

/// Pieces of hostile and ordinary markup, to be joined in any order.
fn markup() -> impl Strategy<Value = String> {
    let pieces = vec![
        "<",
        ">",
        "/",
        "=",
        "\"",
        "'",
        "&",
        "#",
        ";",
        " ",
        "\t",
        "\n",
        "\0",
        "-",
        "!",
        "?",
        "é",
        "<p>",
        "</p>",
        "<b>",
        "</b>",
        "<li>",
        "<ul>",
        "</ul>",
        "<a href=",
        "</a>",
        "<br/>",
        "<script>",
        "</script>",
        "<SCRIPT ",
        "<style>",
        "</style>",
        "<iframe>",
        "</iframe>",
        "<svg>",
        "</svg>",
        "<svg/>",
        "<math>",
        "<noscript>",
        "</noscript>",
        "<textarea>",
        "<plaintext>",
        "<img src=x onerror=alert(1)>",
        " onclick=",
        " style=",
        " href=",
        "javascript:",
        "java&#x09;script:",
        "&#106;",
        "&#x6A",
        "&amp;",
        "&lt;",
        "&copy",
        "data:",
        "https://ok.example",
        "#frag",
        "<!--",
        "-->",
        "--!>",
        "<!DOCTYPE html>",
        "<![CDATA[",
        "]]>",
        "<?",
        "</",
        "x",
        "alert(1)",
    ];
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(any::<u8>(), 0..200)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        proptest::collection::vec(select(pieces), 0..60).prop_map(|pieces| pieces.concat()),
    ]
}

proptest! {
    #[test]
    fn parse_html_never_panics_and_sanitize_leaves_nothing_dangerous(input in markup()) {
        let tree = parse_html(&input);
        prop_assert!(depth(&tree) <= MAX_ELEMENT_DEPTH + 1);
        let clean = sanitize(&tree);
        prop_assert_eq!(forbidden(&clean), None);
    }
}
