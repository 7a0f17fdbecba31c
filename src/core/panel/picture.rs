//! Whether an event's picture shows. One on the page's own site (beside the timeline file)
//! always does. One on another site waits until the reader chooses to see this timeline's
//! pictures from other sites: loading it would tell that site who reads what. The choice is
//! kept on the device, one per timeline file, until the reader takes it back.

/// What the panel shows for a picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureView {
    /// The picture itself, from `address`; `other_site` when the reader chose to see it.
    Shown { address: String, other_site: bool },
    /// A way to choose to see it, naming the `site` it is on.
    Withheld { site: String },
    /// Nothing to load: a path beside a file opened from this device leads nowhere.
    Unavailable,
}

/// Where the picture resolved to, as the browser reads its address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub address: String,
    pub origin: String,
    pub host: String,
}

/// The view of a picture that resolved to `resolved` (None when it could not), on a page at
/// `page_origin`, with the reader's choice `other_sites_chosen`.
pub fn picture_view(
    resolved: Option<Resolved>,
    page_origin: &str,
    other_sites_chosen: bool,
) -> PictureView {
    let Some(resolved) = resolved else {
        return PictureView::Unavailable;
    };
    let other_site = resolved.origin != page_origin;
    if other_site && !other_sites_chosen {
        let site = resolved.host.strip_prefix("www.").unwrap_or(&resolved.host);
        return PictureView::Withheld {
            site: site.to_string(),
        };
    }
    PictureView::Shown {
        address: resolved.address,
        other_site,
    }
}

/// The device's key for the choice to see pictures from other sites in the timeline read
/// from `timeline_file` (its address, or the name of a file opened from the device).
pub fn choice_key(timeline_file: &str) -> String {
    format!("korea-timeline:pictures-from-other-sites:{timeline_file}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(address: &str, origin: &str) -> Option<Resolved> {
        let host = origin.split_once("://").map_or(origin, |(_, h)| h);
        Some(Resolved {
            address: address.into(),
            origin: origin.into(),
            host: host.into(),
        })
    }

    const PAGE: &str = "https://school.example";

    #[test]
    fn a_picture_on_the_pages_own_site_always_shows() {
        let beside = at("https://school.example/t/pics/map.png", PAGE);
        for chosen in [false, true] {
            assert_eq!(
                picture_view(beside.clone(), PAGE, chosen),
                PictureView::Shown {
                    address: "https://school.example/t/pics/map.png".into(),
                    other_site: false
                }
            );
        }
    }

    #[test]
    fn a_picture_on_another_site_waits_for_the_readers_choice() {
        let away = at(
            "https://www.wikimedia.org/a.jpg",
            "https://www.wikimedia.org",
        );
        assert_eq!(
            picture_view(away.clone(), PAGE, false),
            PictureView::Withheld {
                site: "wikimedia.org".into()
            }
        );
        assert_eq!(
            picture_view(away, PAGE, true),
            PictureView::Shown {
                address: "https://www.wikimedia.org/a.jpg".into(),
                other_site: true
            }
        );
        assert_eq!(picture_view(None, PAGE, true), PictureView::Unavailable);
    }

    #[test]
    fn each_timeline_file_keeps_its_own_choice() {
        assert_ne!(
            choice_key("https://a.example/t.json"),
            choice_key("https://a.example/u.json")
        );
    }
}
