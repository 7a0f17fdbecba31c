//! Undo and redo for any value kept as whole snapshots (the editor keeps its `Draft` here):
//! each edit commits the value after it. Typing into one field is one step until the author
//! pauses, moves to another field, or has typed for a while, so undo does not take back a
//! letter at a time. Times are passed in, so the history is pure and tests need no clock.

use std::collections::VecDeque;

/// A pause this long (in milliseconds) ends a run of typing.
pub const TYPING_PAUSE_MS: f64 = 1000.0;
/// A run of typing longer than this is split, so one undo never takes back minutes of text.
pub const TYPING_RUN_MS: f64 = 10_000.0;

/// The run of typing that further keystrokes in the same field join.
#[derive(Clone, Debug, PartialEq)]
struct TypingRun {
    field: String,
    started_ms: f64,
    last_ms: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: VecDeque<T>,
    present: T,
    future: Vec<T>,
    /// How many steps can be undone; older ones are forgotten.
    limit: usize,
    typing: Option<TypingRun>,
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(present: T, limit: usize) -> History<T> {
        History {
            past: VecDeque::new(),
            present,
            future: Vec::new(),
            limit,
            typing: None,
        }
    }

    pub fn present(&self) -> &T {
        &self.present
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// `next` as one step of its own; what could be redone is gone. A value equal to the
    /// present is no step (false).
    pub fn commit(&mut self, next: T) -> bool {
        self.typing = None;
        if next == self.present {
            return false;
        }
        self.past
            .push_back(std::mem::replace(&mut self.present, next));
        while self.past.len() > self.limit {
            self.past.pop_front();
        }
        self.future.clear();
        true
    }

    /// `next` after a keystroke in `field` at `now_ms`: it joins the run of typing in that
    /// field if the last keystroke came less than a pause ago, else starts a step.
    pub fn commit_typing(&mut self, next: T, field: &str, now_ms: f64) -> bool {
        if next == self.present {
            return false;
        }
        let joins = self.typing.as_ref().is_some_and(|run| {
            run.field == field
                && (0.0..=TYPING_PAUSE_MS).contains(&(now_ms - run.last_ms))
                && now_ms - run.started_ms <= TYPING_RUN_MS
        });
        if joins {
            self.present = next;
            if let Some(run) = &mut self.typing {
                run.last_ms = now_ms;
            }
            return true;
        }
        self.commit(next);
        self.typing = Some(TypingRun {
            field: field.to_string(),
            started_ms: now_ms,
            last_ms: now_ms,
        });
        true
    }

    pub fn undo(&mut self) -> bool {
        self.typing = None;
        match self.past.pop_back() {
            Some(previous) => {
                self.future
                    .push(std::mem::replace(&mut self.present, previous));
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        self.typing = None;
        match self.future.pop() {
            Some(next) => {
                self.past
                    .push_back(std::mem::replace(&mut self.present, next));
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::author::draft::Draft;

    fn history(steps: &[&str], limit: usize) -> History<String> {
        let mut history = History::new(String::new(), limit);
        for step in steps {
            history.commit(step.to_string());
        }
        history
    }

    #[test]
    fn undo_and_redo_walk_the_steps_and_stop_at_the_ends() {
        let mut h = history(&["a", "ab", "abc"], 10);
        assert!(h.undo());
        assert_eq!(h.present(), "ab");
        assert!(h.undo() && h.undo());
        assert_eq!(h.present(), "");
        assert!(!h.undo(), "nothing before the start");
        assert!(h.redo() && h.redo() && h.redo());
        assert_eq!(h.present(), "abc");
        assert!(!h.redo() && !h.can_redo());
    }

    #[test]
    fn an_edit_after_undo_drops_the_redo_branch_and_undo_goes_back_through_the_new_one() {
        let mut h = history(&["a", "ab", "abc"], 10);
        h.undo();
        h.undo();
        assert!(h.commit("aX".to_string()));
        assert!(!h.can_redo(), "the branch ab → abc is gone");
        assert!(!h.redo());
        assert!(h.undo());
        assert_eq!(h.present(), "a");
        assert!(h.undo());
        assert_eq!(h.present(), "");
        assert!(h.redo() && h.redo());
        assert_eq!(h.present(), "aX");
    }

    #[test]
    fn only_the_last_limit_steps_can_be_undone() {
        let mut h = history(&["1", "2", "3", "4"], 2);
        assert!(h.undo() && h.undo());
        assert_eq!(h.present(), "2");
        assert!(!h.can_undo(), "1 and the start were forgotten");
        let mut none = history(&["1"], 0);
        assert!(!none.undo());
        assert_eq!(none.present(), "1");
    }

    #[test]
    fn an_unchanged_value_is_no_step() {
        let mut h = history(&["a"], 10);
        assert!(!h.commit("a".to_string()));
        assert!(!h.commit_typing("a".to_string(), "title", 0.0));
        h.undo();
        assert_eq!(h.present(), "");
    }

    #[test]
    fn rapid_typing_in_one_field_is_one_step() {
        let mut h = history(&["K"], 10);
        for (i, text) in ["Ko", "Kor", "Kore", "Korea"].into_iter().enumerate() {
            h.commit_typing(text.to_string(), "title", 100.0 * i as f64);
        }
        assert_eq!(h.present(), "Korea");
        assert!(h.undo());
        assert_eq!(h.present(), "K", "the whole word at once");
    }

    #[test]
    fn a_pause_another_field_an_undo_or_a_long_run_starts_a_new_step() {
        let mut h = History::new(String::new(), 10);
        h.commit_typing("a".into(), "title", 0.0);
        h.commit_typing("ab".into(), "title", 2000.0);
        h.commit_typing("abc".into(), "source", 2100.0);
        h.commit_typing("abcd".into(), "source", 2200.0);
        h.undo();
        h.commit_typing("abcE".into(), "source", 2300.0);
        h.commit_typing("abcEF".into(), "source", 2400.0);
        let mut steps = vec![h.present().clone()];
        while h.undo() {
            steps.push(h.present().clone());
        }
        assert_eq!(steps, vec!["abcEF", "ab", "a", ""], "abcd was undone");

        let mut h = History::new(String::new(), 10);
        let mut text = String::new();
        for i in 0..30 {
            text.push('x');
            h.commit_typing(text.clone(), "paragraph-p1", 500.0 * f64::from(i));
        }
        let mut undos = 0;
        while h.undo() {
            undos += 1;
        }
        assert_eq!(undos, 2, "15 s of steady typing is two steps");
    }

    #[test]
    fn keeps_drafts() {
        let mut h = History::new(Draft::default(), 100);
        let mut next = h.present().clone();
        next.paste_essay("One.[1]\n\nTwo.[2]");
        h.commit(next);
        let mut next = h.present().clone();
        next.edit_paragraph(1, "Two, edited.[2]");
        h.commit_typing(next, "paragraph-p2", 0.0);
        h.undo();
        assert_eq!(h.present().paragraphs[1].text, "Two.[2]");
        h.undo();
        assert!(h.present().paragraphs.is_empty());
    }
}
