//! A parsed HTML node, as `html_parse` reads it and `sanitize` cuts it down.

/// A parsed HTML node: an element with its attributes (names as the parser gives them) and
/// children, or text (entities already decoded by the parser).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RichNode {
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
        children: Vec<RichNode>,
    },
    Text(String),
}

/// Writes nodes back as HTML, escaping all text and attribute values. Meant for trees that
/// went through `sanitize`; a tag or attribute name that is not plain lowercase ASCII letters
/// and digits is never written, so no name can smuggle markup either.
pub fn to_html(nodes: &[RichNode]) -> String {
    let mut out = String::new();
    write_html(nodes, &mut out);
    out
}

fn write_html(nodes: &[RichNode], out: &mut String) {
    let plain = |name: &str| {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    for node in nodes {
        match node {
            RichNode::Text(text) => escape_into(text, out),
            RichNode::Element {
                tag,
                attrs,
                children,
            } if plain(tag) => {
                out.push('<');
                out.push_str(tag);
                for (name, value) in attrs.iter().filter(|(name, _)| plain(name)) {
                    out.push_str(&format!(" {name}=\""));
                    escape_into(value, out);
                    out.push('"');
                }
                out.push('>');
                if tag != "br" {
                    write_html(children, out);
                    out.push_str(&format!("</{tag}>"));
                }
            }
            RichNode::Element { children, .. } => write_html(children, out),
        }
    }
}

/// Escaped for text and for double- or single-quoted attribute values alike.
fn escape_into(text: &str, out: &mut String) {
    html_escape::encode_quoted_attribute_to_string(text, out);
}

/// Short constructors for trees in tests.
#[cfg(test)]
pub(crate) mod test_nodes {
    use super::RichNode;

    pub fn el(tag: &str, attrs: &[(&str, &str)], children: Vec<RichNode>) -> RichNode {
        RichNode::Element {
            tag: tag.to_string(),
            attrs: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            children,
        }
    }

    pub fn text(s: &str) -> RichNode {
        RichNode::Text(s.to_string())
    }
}
