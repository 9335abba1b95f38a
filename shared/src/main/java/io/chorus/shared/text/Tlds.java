package io.chorus.shared.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level domains twitter-text 3.1.0 recognises (its TldLists, generated from IANA's root zone
 * in 2020), in its order: a host without a scheme is a URL only when it ends in one of them, and
 * twitter-text's pattern tries them in this order (longest first where one is a prefix of another).
 *
 * <p>Kept small for the browser: each entry is the number of leading characters it shares with the
 * previous entry (one digit) followed by the rest of it, where a character outside ASCII is '~' and
 * three base-64 digits (the browser build would spell it as a six-character escape). A test checks
 * the decoded lists against the twitter-text library itself. Data from twitter-text, Apache License 2.0: see NOTICE-twitter-text.md.
 */
final class Tlds {
  private Tlds() {}

  /** Generic TLDs (com, org, みんな, …), front-coded. */
  static final String GENERIC =
      "0~C2y~C4n0~BBt~Cxq1~B4t0~9cP~6Wy~97C~6B90~9aG~5E50~9ZV~5J10~9ZU~58f~6rc0~9Rx~8eA~7R8~7dH0~9R6~5R"
      + "Y0~90Q~8of0~8qj~79f0~8mt~6jC0~8lw~5Vw~4wQ0~81K~90Q0~7zH~7xS1~7hP1~5wN1~5T00~7x4~7x7~6Sw~6U40~7dx"
      + "~5Ae0~7FW~5kT0~72v~7SB0~6uu~68F0~6tX~9fi~9KX0~6Sw~6U40~6Ru~7nD0~6Ns~5mQ0~6Mm~9Nx0~6K.~5wS1~5AX0~"
      + "6BR~81O0~69B~8Xe1~6Sw0~68H~78n~4zW0~658~5M40~5_k~5DQ0~5v.~4uS0~5tb~8XC0~5ks~9Rx0~5en~4vG0~5af~4u"
      + "x~6LP0~5ad~6B.1~4yN~6nz~8zc0~5Se~7w.0~5O9~97C~5ad~95I~5wN20~5L6~6W71~5wN1~5VE0~55i~7RA1~5Fu0~55h"
      + "~5Dc0~51b~5wt0~4.X~61l0~4zR~5nn0~4y1~4uQ0~4uj~6M7~7zH1~4.X0~4uM~7LC0~33T~32a~33p~3380~33L~32X~33"
      + "3~32t~33d~33p0~32x~33y~33h0~32v~338~32Y0~32p~33W0~32m~33y~32m~33h0~32l~33f~32c~3390~31.~32J~31g0"
      + "~0u4~0uj~0uX0~0au~0a2~0aN~0aW~0ae0~0ae~0b7~0aV0~0aL~0b9~0ak0~0P7~0P5~0On~0Od~0P70~0P5~0P8~0P2~0O"
      + "v2~0Oe~0Od~0PA~0P4~0PA0~0P3~0P8~0P51~0Od~0Oh~0P8~0P4~0PA~0P30~0Ov~0On~0Oe0~0Oq~0Oe~0P3~0Of0~0Oe~"
      + "0PA~0Og~0P31~0Od~0Oo~0Od~0On0~0Od~0P4~0Ov~0P4~0PA~0Od~0P61~0On~0Od~0P5~0P3~0P81~0Og~0Or~0Od~0P4~"
      + "0Od~0Og1~0Oe~0P8~0Ou~0Oe~0PA0~0Nd~0NL~0NT0~0H1~0Gm~0Gv~0H20~0H0~0H3~0H10~0G_~0H0~0Gp1~0Gz~0Gx~0G"
      + "m~0Gv~0Gz0~0Gy~0G_~0H1~0Gw~0Go~0Gm0~0Gw~0G_~0Gy1~0Gm~0H2~0G_~0Gx~0Gu~0Gw0~0Gq~0Gr~0H2~0Gu0zueric"
      + "h1one1ippo31ero1ara2ppos0yun1outube32kohama2ga2dobashi1andex2maxun2hoo2chts0xyz1xx1peria1in2huan"
      + "1finity1erox1box0wtf2c1ow2rld3ks42odside2lterskluwer1me1inners3e3dows32lliamhill2ki2en1hoswho1ei"
      + "r3bo2dding32bsite3er3cam2atherchannel71atches52rman2nggou42lter3mart3es0vuelos1oyage2to3ing3e2lv"
      + "o3kswagen2dka1laanderen1ivo3a2staprint53ion3a2rgin2p2n2llas2king2g2deo2ajes1et2rsicherung3m~03sg"
      + "ensberatung9berater3isign2ntures2gas1anguard3a2cations0ups1ol1no2iversity3com1connect1bs2ank0tvs"
      + "1ushu2nes2i2be1rv2ust2avelersinsurance96channel63ining3ding4e1oys3ota2wn2urs2tal2shiba2ray2p2ols"
      + "2kyo2day1mall1kmaxx1jx2maxx1irol3es2ps2ffany2enda2ckets2aa1heatre5er2d1eva2nnis2masek2lefonica4c"
      + "ity32chnology42am1dk1ci1axi32ttoo3ar4motors2rget2obao2lk2ipei2b0systems2mantec2dney1wiss3ftcover"
      + "2atch1uzuki2rgery3f2pport4ly5ies2cks1tyle2udy4io2ream2ore4age3ckholm2cgroup32atoil4efarm5bank3rh"
      + "ub43ples3da1rt2l1preadbetting2ot3rt2iegel2ace1oy2ny3g2lutions3ar2hu2ftware4bank2cial3cer1ncf1mil"
      + "e2art1ling1kype32in31ite2ngles3a2lk1hriram2owtime43uji3pping43es2iksha3a2ell2aw3rp3ngrila1fr1exy"
      + "32w2ven2s2rvices2ner2lect2ek2curity5e2at3rch1cot3r2johnson2ience2hwarz3ule3ool4larships3midt3aef"
      + "fler2b2a1bs2i1axo2ve2s2rl2po32nofi3dvikcoromant72msung4club2lon3e2kura2fety42arland0ryukyu1we1un"
      + "2hr2gby1svp1oom2gers2deo2cks3her1mit1ip2o2l2ghtathome2coh3hardli41exroth2views62staurant42public"
      + "an3ort3air2ntals432liance2it3sen52hab2dumbrella3stone32cipes2alty5or4estate3d1aid2dio2cing0qvc1u"
      + "est3bec1pon0pwc1ub1rudential32otection3perty7ies3mo3gressive3f3ductions432ime2ess2axi3merica1ost"
      + "2rn2litie2ker2hl1nc1lus3mbing2aystation43ce1izza2oneer2nk3g32d2ctures4et3s2aget1hysio2otos5graph"
      + "y53ne2ilips2d2armacy1fizer1et1ccw1ay2ssagens2rty4s4ners3s3is2nerai3asonic2mperedchef2ge0ovh1tt2s"
      + "uka1saka1rigins3entexpress2ganic32ange3cle1pen1oo1nyourside2line32g2e1mega1llo2dnavy2ayangroup61"
      + "kinawa1ffice31bserver2i0nyc1tt1rw2a1owtv3ruz32rton4hwesternmutual2kia1issay5n2nja2kon3e2co1hk1go"
      + "1fl1exus3tdirect42ws3holland32ustar2twork3flix3bank32c1ba1avy2tura3ionwide2me2goya2dex2b0mutuell"
      + "e4al2seum1tr2pc2n1sd1ovistar4e32torcycles42scow2rtgage3mon2par2ntblanc3ster3ey3ash2m2i2e2da2bily"
      + "5e41ma1ls2b1itsubishi32nt3i2l2crosoft2ami1etlife2rckmsd2o2nu32morial3e2lbourne2et2dia31ckinsey2d"
      + "onalds31ba1attel2serati2rshalls3riott3kets6ing62p2ngo3agement32keup2ison3f2drid2cys0luxury3e2pin"
      + "2ndbeck1tda31plfinancial31ove2tto4e2ndon2l2ft2cus3ker2ans41lp2c1ixil2ving3e2psy2nk3de3coln2mo3it"
      + "ed2lly2ke2ghting2festyle4insurance42dl2aison1gbt1exus2go3al2frak2clerc2ase1ds1awyer32trobe3ino32"
      + "salle2nxess3drover43come4ia4aster2mer3borghini2dbrokes2caixa0kyoto1uokgroup1red2d1pn2mg1osher2ma"
      + "tsu2eln1iwi2tchen2ndle4er2m2a1fh1erryproperties5logistics5hotels1ddi1aufen0juniper2egos1prs2morg"
      + "an1oy2t2burg3s1nj1mp1ll2c1io1ewelry2tzt2ep1cp2b1ava2guar0iwc1veco1tv2au1stanbul32maili2elect1ris"
      + "h1piranga1nvestments2tuit3ernational4l32sure5ance3titute2k2g2fo3initi2dustries2c1mmobilien42db2a"
      + "mat1kano1inet1fm1eee1cu2e2bc1bm0hyundai2att1ughes1tc1sbc1ow2use2tmail3els5es32sting43pital2rse2n"
      + "eywell3da2mesense54goods4depot2liday3dings2ckey1kt1iv2tachi2samitsu2phop1gtv1ermes3e2lsinki3p2al"
      + "thcare61dfcbank41bo1aus2ngout2mburg2ir0guru2itars3de2ge2cci2ardian1roup3cery2ipe2een2atis3phics3"
      + "inger1ov2t2p2ogle43dyear4hands32lf3dpoint42daddy1mx2o2bh2ail1lobo4al2e2ass3de1iving3es2fts41gee1"
      + "eorge2nting42a1dn1biz1ay2rden2p2mes42llup4o4ery30fyi1utbol2rniture2nd32jixerox4tsu1tr1rontier5do"
      + "or3gans2l2esenius3e1ox2undation2rum3sale3ex3d2otball3dnetwork431ly2smidth2owers3rist2ir3ghts3ckr"
      + "1itness32shing42rmdale3estone42nancial6e4l2lm2do3elity2at1errero4ari2edback2dex1ast3hion2rmers42"
      + "ns32mily2ith3rwinds3l2ge0extraspace2press3osed3ert2change1verbank3nts1us2rovision1tisalat1suranc"
      + "e2tate2q1rni2icsson1quipment1pson2ost1nterprises2gineering82ergy1merck2ail1ducation32eka1co1at2r"
      + "th0dvr2ag1urban2pont2ns3lop2ck2bai1tv1rive1ownload2t2osan2mains2ha2g2dge2ctor3s1np1iy2sh3cover5u"
      + "nt2rectory62gital2et2amonds1hl1ev2sign42ntist4al2mocrat2lta3oitte3l3ivery2gree2als4er41ds1clk1ay"
      + "2tsun3ing3e3a2nce2d2bur0cyou2mru1uisinella1sc1ruises62s2own2icket2editunion6card61pa1ourses3pons"
      + "63ntry2rsica2op3l3kingchannel72ntractors4act3sulting4truction3dos2msec3puter4are5ny3munity4bank3"
      + "cast32logne3lege2ffee2des2ach1lubmed42oud3thing2inique5c3ck2eaning2aims1ityeats43ic43adel2sco2rc"
      + "le2priani1hurch2rysler3ome3istmas2loe2intai2eap2at3se3rity3nnel4el1fd2a1ern2o2nter2b1bs2re2n2a1a"
      + "tholic3ering32sino3h3eih43a2rtier3s3eers643ds3avan32pitalone73etown2non3cerresearch2mp3era32lvin"
      + "klein3l32fe2b0bzh1uzz2y2siness2ilders52gatti2dapest1russels2other3ker3adway2idgestone2adesco1ox2"
      + "utique2t2ston4ik3ch2ots3king432nd2m2fa2ehringer2ats1npparibas2l1mw2s1lue2oomberg3g3ckbuster2anco"
      + "3ckfriday51iz2o2ngo42ke2d2ble1harti1et2stbuy42rlin2ntley2er2auty3ts1cn2g1bva2t2c1ayern2uhaus2ske"
      + "tball3eball2rgains3efoot3clays7card4elona32nk3d3anarepublic4mex2idu2by0azure1xa1ws1vianca1utos43"
      + "hor2spost2dio4ble42ction1ttorney2hleta1ssociates2ia2da1rte32pa2my2chi2amco3b1quarelle1pple32artm"
      + "ents1ol1nz2quan2droid2alytics1msterdam2ica2fam2ex3ricanfamily8express1lstom3ace2ly3state3finanz2"
      + "ipay3baba2faromeo1kdn1irtel3force3bus2go31gency2akhan1frica2l2amilycompany1etna2ro2g1dult2s2ac1c"
      + "tor3ive2o2countants9t3enture2ademy1budhabi2ogado2le2c2bvie3ott32arth1arp2a0onion";

  /** Country-code TLDs (jp, uk, 中国, …), front-coded. */
  static final String COUNTRY =
      "0~DLS~Arj0~9cP~6ul0~6_p~9M00~6Mm~5AW~5TX0~5Fm~71Z1~6v_0~4uj~5SB1~5Rz0~13I~13K0~0wb~0wo~0wd0~0v4~"
      + "0uN~0uY0~0sz~0s2~0sQ~0tF0~0qj~0q_~0qm~0qa~0q20~0oj~0o_~0om~0oa0~0mj~0m_~0mm~0ma~0nD0~0kQ~0k.~0kP"
      + "~0lD~0kL~0kg~0lD~0kg~0l2~0km~0lD0~0k7~0ko~0kP~0lD~0kL~0l81~0ke~0lD~0ka~0k.~0kl~0k_0~0ij~0i_~0im~"
      + "0ia0~0gj~0g_~0gm~0ga0~0ej~0e_~0em~0ea0~0cj~0c_~0dm~0ca2~0cm~0ca0~0ci~0c_~0c2~0co~0c_0~0aj~0a_~0a"
      + "m~0bB~0aa3~0aa~0ak~0bD40~0Q0~0Od~0On~0Og0~0P_~0Od~0Qf~0Op~0Og~0Od~0P60~0P5~0P8~0On~0PA~0Og~0Od~0"
      + "P6~0PA~0Od1~0P4~0PA~0Op~0PA~0Od1~0Or~0On0~0P2~0Ot~0On0~0P1~0P4~0Op~0Ot~0PA~0P60~0Ov~0P5~0Od~0P61"
      + "~0On~0Od~0P20~0Op~0P8~0On~0PA~0Of2~0Ol~0Od~0P60~0Og~0P8~0P6~0Op0~0Oe~0Q_~0Od~0On~0Og1~0Od~0On~0O"
      + "g0~0Od~0RC~0On~0Od~0P61~0P5~0Od~0On~0Od~0Og1~0P4~0P5~0Ow~0On~0Oe2~0Op~0Ov~0P8~0Ol~0PA~0Of2~0Oi~0"
      + "Oo~0Od~0Oc~0On2~0Oe~0Oj~0On~0PA~0P62~0Od~0On~0Ol~0P60~0Lm~0LX~0Lr0~0IR~0Gm~0Gt0~0H3~0Gw~0H00~0H1"
      + "~0H0~0Gn0~0H0~0H40~0Gy~0G_~0Gz1~0Gw~0Gq0~0Gr~0HE0~0Gn~0Gr~0Gx1~0Gp0~0Er~0F51~0Ex0zw1m1a0yt1e0ws1"
      + "f0vu1n1i1g1e1c1a0uz1y1s1m1k1g1a0tz1w1v1t1r1p1o1n1m1l1k1j1h1g1f1d1c0sz1y1x1v1u1t1s1r1o1n1m1l1k1j1"
      + "i1h1g1e1d1c1b1a0rw1u1s1o1e0qa0py1w1t1s1r1n1m1l1k1h1g1f1e1a0om0nz1u1r1p1o1l1i1g1f1e1c1a0mz1y1x1w1"
      + "v1u1t1s1r1q1p1o1n1m1l1k1h1g1f1e1d1c1a0ly1v1u1t1s1r1k1i1c1b1a0kz1y1w1r1p1n1m1i1h1g1e0jp1o1m1e0it1"
      + "s1r1q1o1n1m1l1e1d0hu1t1r1n1m1k0gy1w1u1t1s1r1q1p1n1m1l1i1h1g1f1e1d1b1a0fr1o1m1k1j1i0eu1t1s1r1h1g1"
      + "e1c0dz1o1m1k1j1e0cz1y1x1w1v1u1r1o1n1m1l1k1i1h1g1f1d1c1a0bz1y1w1v1t1s1r1q1o1n1m1l1j1i1h1g1f1e1d1b"
      + "1a0az1x1w1u1t1s1r1q1o1n1m1l1i1g1f1e1d1c";

  /** The entries of a front-coded list, in order. */
  static List<String> decode(String packed) {
    List<String> tlds = new ArrayList<>();
    String previous = "";
    int i = 0;
    while (i < packed.length()) {
      StringBuilder tld = new StringBuilder(previous.substring(0, packed.charAt(i) - '0'));
      i++;
      while (i < packed.length() && (packed.charAt(i) < '0' || packed.charAt(i) > '9')) {
        if (packed.charAt(i) == '~') {
          tld.appendCodePoint(EmojiPattern.digits(packed, i + 1, 3));
          i += 4;
        } else {
          tld.append(packed.charAt(i++));
        }
      }
      previous = tld.toString();
      tlds.add(previous);
    }
    return tlds;
  }

  /** A front-coded list as a regex alternation, in order. */
  static String alternation(String packed) {
    StringBuilder sb = new StringBuilder();
    for (String tld : decode(packed)) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(tld);
    }
    return sb.toString();
  }
}
