package io.chorus.shared.text;

/**
 * twitter-text 3.1.0's emoji pattern (TwitterTextEmojiRegex: the Unicode 12.1 emoji and their
 * sequences, which weigh 2 each on X), packed for the browser. Decoded, it is exactly twitter-text's
 * pattern string (a test compares them); both java.util.regex and RegExp with the u flag read it alike.
 *
 * <p>Packing: the pattern's syntax characters {@code ()|[]-?:!} stay as they are; every literal code
 * point becomes a token: two base-64 digits for U+1F000–U+1FFFF, {@code ~} for U+200D (ZWJ),
 * {@code ^} for U+FE0F (VS16), {@code '}+2 digits for U+2000–U+2FFF, {@code {}+2 digits for tags
 * (U+E0000–U+E0FFF), {@code }}+3 digits for any other code point. Data from twitter-text, Apache
 * License 2.0: see NOTICE-twitter-text.md.
 */
final class EmojiPattern {
  private EmojiPattern() {}

  /** Base-64 digits, as in the packed data here and in {@link Tlds}. */
  static final String DIGITS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.";

  static final String PACKED =
      "(?:HeFx~aT~He[Fy-F.]|HeFy~aT~He[FxFz-F.]|HeFz~aT~He[FxFyF_F.]|HeF_~aT~He[Fx-FzF.]|HeF.~aT~He[Fx-"
      + "F_]|HfFx~aT~He[Fy-F.]|HfFx~aT~Hf[Fy-F.]|HfFy~aT~He[FxFz-F.]|HfFy~aT~Hf[FxFz-F.]|HfFz~aT~He[FxFyF"
      + "_F.]|HfFz~aT~Hf[FxFyF_F.]|HfF_~aT~He[Fx-FzF.]|HfF_~aT~Hf[Fx-FzF.]|HfF.~aT~He[Fx-F_]|HfF.~aT~Hf[F"
      + "x-F_]|dHFx~aT~dH[Fx-F.]|dHFy~aT~dH[Fx-F.]|dHFz~aT~dH[Fx-F.]|dHF_~aT~dH[Fx-F.]|dHF.~aT~dH[Fx-F.]|"
      + "dH~aT~dH|Hh[Fx-F.]|Hi[Fx-F.]|Hj[Fx-F.]|[Hh-Hj])|[HeHfdH][Fx-F.]?~(?:'QL^|'QM^|'S8^|[C_DpEJEaEeFh"
      + "FjIxIyKdKiQ0QIcl-cpcycz])|['RvFBFCLqLr]([^Fx-F.]~['P0'P2]^)|[F3F4FAHkHnHpHtI1I2I6I7P5-P7PBPDPEQZ"
      + "Qq-Qsacarat-avaza_cucvdD-dFdM-dT][Fx-F.]?~['P0'P2]^|(?:He~'Ta^~IB~He|Hf~'Ta^~IB~[HeHf]|He~He~Hc~"
      + "Hc|He~He~Hd~[HcHd]|He~Hf~Hc~Hc|He~Hf~Hd~[HcHd]|Hf~Hf~Hc~Hc|Hf~Hf~Hd~[HcHd]|He~'Ta^~He|Hf~'Ta^~[H"
      + "eHf]|Fp^~'Qd^|He~Hc~Hc|He~Hd~[HcHd]|He~He~[HcHd]|He~Hf~[HcHd]|Hf~Hc~Hc|Hf~Hd~[HcHd]|Hf~Hf~[HcHd]"
      + "|Fp^~C8|Fq~'OW^|Hl~'P0^|Hl~'P2^|ay~'P0^|ay~'P2^|dU~'P0^|dU~'P2^|dV~'P0^|dV~'P2^|GL~cw|H1~Ne|He~["
      + "HcHd]|Hf~[HcHd])|[}00Z}00g}00m-}00v]^?'3Z|(?:[}02f}02k'4Y'PV]^)|['0y'19'4v'6K-'6P'6f'6g'CQ'CR'Ce"
      + "'FF'Fj-'Fl'Fn'Fo'Fu-'Fw'J2'Mg'Mh'Ms'N0'Nx-'N_'O0-'O4'OE'OH'OK'OL'OO'OW'OY'OZ'Oc'Og'Ok'Ol'Ou-'Ow'"
      + "P0'P2'P8-'PJ'PW'PZ'Pb'Pc'Pe'Px'P.'QI-'QN'QP'QR'QS'QW'QX'Qd'Qg'Qh'Qm'Qn'Qz'Q_'R4'R5'R8'RF'RH'RJ'R"
      + "K'Rf'Rg'Rm-'Rr'Ru'Rw'Rz'S2'S8'S9'SF'SI'SK'SM'ST'SX'Sp'Sq'T4'T7'TN'TZ'Ta'UX'aq'ar'i5-'i7'iR'iS'jG"
      + "'jL}30m}30z}3AN}3AP045m5n5_5.828Q8l8tCXCa-CiCsDzEMENEP-EREUEVFDFEFK-FVFpFrFtG.H1JzL9LALlLmLpLs-L"
      + "vM7MA-MDMbMeMnMoMyN2-N4NH-NJNS-NUNXNZNeNlNpNwRBRD-RFRW-RbRfRmRp](?:^|(?!}FuE))|(?:['OT'Rt'Rv'SC'"
      + "SDFBFCLqLrMG](?:^|(?!}FuE))|['SA'SBE5F2-F4F7FAH2H3H6-HGHc-HfHkHm-HuHyI1-I3I5-I7IgLwMLMMP5-P7PB-P"
      + "FQZQq-QsR0RCaFaO-aSaUaVacam-avaza_crcscucvcxdD-dFdH-dT])[Fx-F.]?|(?:Fq{1d{1Y{1b{1k{1d{1.|Fq{1d{1"
      + "Y{1p{1Z{1q{1.|Fq{1d{1Y{1t{1i{1p{1.|7c[7e-7i7k7n7o7q7s-7w7y7z7.]|7d[7c7d7f-7l7n-7q7s-7v7x7y7_7.]|"
      + "7e[7c7e7f7h-7k7m-7r7t7w-7.]|7f[7g7i7l7m7o7q7.]|7g[7c7e7g7i7j7t-7w]|7h[7k-7m7o7q7t]|7i[7c7d7f-7k7"
      + "n-7p7r-7w7y7_]|7j[7m7o7p7t7v7w]|7k[7e-7g7n-7q7s-7v]|7l[7g7o7q7r]|7m[7g7i-7k7o7p7r7t7y7_7.]|7n[7c"
      + "-7e7k7m7t-7x7_]|7o[7c7e-7j7m-7.]|7p[7c7e7g-7i7k7n7q7r7t7w7.]|7q7o|7r[7c7g-7j7m-7p7t-7v7y7_]|7s7c"
      + "|7t[7g7q7u7w7y]|7u[7c-7g7i-7q7t-7v7x7z-7.]|7v[7c7e7f7h-7j7l-7q7t7v7x7y7.]|7w[7c7i7o7p7u7_7.]|7x["
      + "7c7e7g7i7k7p7w]|7y[7h7u]|7z7m|7_[7g7v]|7.[7c7o7y]|['Ff-'Fi'Fm'Fp'P_'RE'S5'Se'TC'TE'TJ-'TL'UL-'UN"
      + "'Um'U.}EKA3F6E6H-6Q7c-7.818o-8s8u-8w9G9HC0-CWCj-CrCt-DyD_-E4E6-EJEW-F1F5F6F8F9FF-FJFW-FmFqFu-G_H"
      + "0H4H5HH-HbHgHlHv-HxHz-I0I4I8-IfIh-JyJ.-KzLB-LELG-LdMaNx-P4P8-PAQ0-QYQa-QpQt-Q.R1-R5RG-RIRLRhRiRq"
      + "-RwVW-VhaDaEaG-aNaTaW-abad-alawaya.-b5b7-bnbp-bsbw-cYcb-cgck-cqctcwcy-dAdGdU-d.fm-fpfu-fwg0-g2gG"
      + "-gL])|^";

  /** The pattern as twitter-text writes it. */
  static String decode(String packed) {
    StringBuilder sb = new StringBuilder(packed.length() * 2);
    int i = 0;
    while (i < packed.length()) {
      char c = packed.charAt(i);
      int cp;
      if ("()|[]-?:!".indexOf(c) >= 0) {
        sb.append(c);
        i++;
        continue;
      } else if (c == '~') {
        cp = 0x200D;
        i++;
      } else if (c == '^') {
        cp = 0xFE0F;
        i++;
      } else if (c == '\'') {
        cp = 0x2000 + digits(packed, i + 1, 2);
        i += 3;
      } else if (c == '{') {
        cp = 0xE0000 + digits(packed, i + 1, 2);
        i += 3;
      } else if (c == '}') {
        cp = digits(packed, i + 1, 3);
        i += 4;
      } else {
        cp = 0x1F000 + digits(packed, i, 2);
        i += 2;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  /** The number {@code count} base-64 digits of {@code s} from {@code from} spell. */
  static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      v = v * 64 + DIGITS.indexOf(s.charAt(i));
    }
    return v;
  }
}
