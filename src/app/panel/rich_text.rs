//! HTML from a timeline file, shown safely: the core parsed it as the file was read (so the
//! browser never sees hostile markup, not even in an inert document where a strict CSP would
//! still report it) and cut it down to its allowlist (`core::text::sanitize`); what is left
//! is built here as elements. No string from the file is ever set as `innerHTML`.

use leptos::prelude::*;

use crate::app::state::page_context::use_content_lang;
use crate::core::text::rich_node::RichNode;
use crate::core::text::rich_text::RichText;

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

fn render(nodes: &[RichNode]) -> AnyView {
    nodes
        .iter()
        .map(|node| match node {
            RichNode::Text(text) => text.clone().into_any(),
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
                    "a" => match attr(attrs, "href") {
                        Some(href) => view! {
                            <a href=href.to_string() rel=attr(attrs, "rel").unwrap_or_default().to_string()>
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
pub fn RichTextBlock(text: RichText, #[prop(into)] class: String) -> impl IntoView {
    view! { <div class=class lang=use_content_lang()>{render(text.nodes())}</div> }
}
