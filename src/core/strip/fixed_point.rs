//! Numbers with a fixed count of decimals, for CSS lengths and labels. Written by hand
//! because Rust's `{:.1}` formatting brings its exact float-printing algorithm into the
//! reader's Wasm (about 1 KB brotli); this prints with the integer formatting it already has.

use std::fmt;

/// `Fixed(value, decimals)` writes `value` rounded to `decimals` places (at most 9), keeping
/// trailing zeros: `Fixed(12.345, 1)` is "12.3", `Fixed(2.0, 2)` is "2.00". Halves round away
/// from zero, where Rust's formatting rounds them to even: a CSS length cannot tell.
#[derive(Clone, Copy, Debug)]
pub struct Fixed(pub f64, pub u32);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Fixed(value, decimals) = *self;
        let scale = 10u64.pow(decimals.min(9));
        let scaled = (value * scale as f64).round();
        let sign = if scaled < 0.0 { "-" } else { "" };
        // Saturating: NaN is written as 0, a length past u64 as the largest.
        let magnitude = scaled.abs() as u64;
        write!(f, "{sign}{}", magnitude / scale)?;
        if scale > 1 {
            let width = decimals.min(9) as usize;
            write!(f, ".{:0width$}", magnitude % scale)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_decimals_asked_for_as_rust_would_but_halves_away_from_zero() {
        let cases = [
            (12.345, 1),
            (-3.26, 1),
            (0.04, 2),
            (1_234_567.891, 1),
            (9.99, 0),
            (0.4, 0),
        ];
        for (value, decimals) in cases {
            let rust = format!("{value:.*}", decimals as usize);
            assert_eq!(Fixed(value, decimals).to_string(), rust, "{value}");
        }
        assert_eq!(Fixed(2.0, 2).to_string(), "2.00");
        assert_eq!(Fixed(0.5, 0).to_string(), "1");
        assert_eq!(Fixed(-0.04, 1).to_string(), "0.0");
        assert_eq!(Fixed(f64::NAN, 1).to_string(), "0.0");
        assert_eq!(Fixed(13.79995, 9).to_string(), "13.799950000");
    }
}
