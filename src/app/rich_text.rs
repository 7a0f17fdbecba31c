//! HTML from a timeline file, shown safely: the browser's own parser reads it into an inert
//! document, the core's allowlist (`core::rich_text::sanitize`) cuts it down, and what is left
//! is built as elements. No string from the file is ever set as `innerHTML`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Node, SupportedType};

use crate::core::rich_text::{sanitize, RichNode};

/// Parses `html` with DOMParser (scripts never run and nothing loads in such a document).
fn parse(html: &str) -> Vec<RichNode> {
    let Ok(parser) = DomParser::new() else {
        return vec![RichNode::Text(html.to_string())];
    };
    let Ok(document) = parser.parse_from_string(html, SupportedType::TextHtml) else {
        return vec![RichNode::Text(html.to_string())];
    };
    document
        .body()
        .map(|body| children_of(&body))
        .unwrap_or_default()
}

fn children_of(node: &Node) -> Vec<RichNode> {
    let list = node.child_nodes();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|child| match child.node_type() {
            Node::TEXT_NODE => Some(RichNode::Text(child.text_content().unwrap_or_default())),
            Node::ELEMENT_NODE => {
                let element: web_sys::Element = child.unchecked_into();
                let attrs = element
                    .get_attribute_names()
                    .iter()
                    .filter_map(|name| name.as_string())
                    .filter_map(|name| element.get_attribute(&name).map(|value| (name, value)))
                    .collect();
                Some(RichNode::Element {
                    tag: element.local_name(),
                    attrs,
                    children: children_of(&element),
                })
            }
            _ => None,
        })
        .collect()
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

fn render(nodes: Vec<RichNode>) -> AnyView {
    nodes
        .into_iter()
        .map(|node| match node {
            RichNode::Text(text) => text.into_any(),
            RichNode::Element {
                tag,
                attrs,
                children,
            } => {
                let inner = render(children);
                match tag.as_str() {
                    "p" => view! { <p>{inner}</p> }.into_any(),
                    "br" => view! { <br /> }.into_any(),
                    "em" | "i" => view! { <em>{inner}</em> }.into_any(),
                    "strong" | "b" => view! { <strong>{inner}</strong> }.into_any(),
                    "u" => view! { <u>{inner}</u> }.into_any(),
                    "ul" => view! { <ul>{inner}</ul> }.into_any(),
                    "ol" => view! { <ol>{inner}</ol> }.into_any(),
                    "li" => view! { <li>{inner}</li> }.into_any(),
                    "blockquote" => view! { <blockquote>{inner}</blockquote> }.into_any(),
                    "a" => match attr(&attrs, "href") {
                        Some(href) => view! {
                            <a href=href.to_string() rel=attr(&attrs, "rel").unwrap_or_default().to_string()>
                                {inner}
                            </a>
                        }
                        .into_any(),
                        None => inner,
                    },
                    _ => inner,
                }
            }
        })
        .collect_view()
        .into_any()
}

/// Rich text from the file, in a `div` with `class`.
#[component]
pub fn RichText(html: String, #[prop(into)] class: String) -> impl IntoView {
    view! { <div class=class>{render(sanitize(&parse(&html)))}</div> }
}
