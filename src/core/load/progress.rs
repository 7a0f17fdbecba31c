//! How much of a timeline file has arrived, for the loading page's progress bar.

/// Bytes received so far and the size the server announced, if it did.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Progress {
    pub received: usize,
    pub total: Option<usize>,
}

impl Progress {
    /// The size to show the progress against, while it still holds. A server that compresses
    /// the file announces the compressed size, which the decoded bytes soon pass; from then the
    /// size is unknown, and the bar shows only that the file is still arriving.
    pub fn shown_total(&self) -> Option<usize> {
        self.total
            .filter(|&total| total > 0 && self.received <= total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_announced_size_is_shown_until_more_than_it_has_arrived() {
        let arriving = |received| Progress {
            received,
            total: Some(1000),
        };
        assert_eq!(arriving(0).shown_total(), Some(1000));
        assert_eq!(arriving(1000).shown_total(), Some(1000));
        // A compressed response: its content-length counted the compressed bytes.
        assert_eq!(arriving(1001).shown_total(), None);
    }

    #[test]
    fn no_size_or_an_empty_one_is_unknown() {
        let received = 10;
        assert_eq!(
            Progress {
                received,
                total: None
            }
            .shown_total(),
            None
        );
        assert_eq!(
            Progress {
                received: 0,
                total: Some(0)
            }
            .shown_total(),
            None
        );
    }
}
