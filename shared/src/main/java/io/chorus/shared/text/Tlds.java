package io.chorus.shared.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level domains twitter-text 3.1.0 recognises (its TldLists, generated from IANA's root zone
 * in 2020), in its order: a host without a scheme is a URL only when it ends in one of them, and
 * twitter-text's pattern tries them in this order (longest first where one is a prefix of another).
 *
 * <p>Kept small for the browser: each entry is the number of leading characters it shares with the
 * previous entry (one digit) followed by the rest of it. A test checks the decoded lists against the
 * twitter-text library itself. Data from twitter-text, Apache License 2.0: see NOTICE-twitter-text.md.
 */
final class Tlds {
  private Tlds() {}

  /** Generic TLDs (com, org, みんな, …), front-coded. */
  static final String GENERIC =
      "0\uc0bc\uc1310\ub2f7\ucef41\ub1370\u9999\u683c\u91cc\u62c90\u9910\u53850\u98df\u54c10\u98de"
      + "\u5229\u6d660\u96fb\u8a0a\u76c8\u79d10\u96c6\u56e20\u901a\u8ca90\u8d2d\u72690\u8c37\u6b4c0\u8bfa"
      + "\u57fa\u4e9a0\u8054\u901a0\u7f51\u7edc1\u7ad91\u5e971\u57400\u7ec4\u7ec7\u673a\u67840\u79fb"
      + "\u52a80\u73e0\u5b9d0\u70b9\u770b0\u6e38\u620f0\u6de1\u9a6c\u95210\u673a\u67840\u66f8\u7c4d0"
      + "\u65f6\u5c1a0\u65b0\u95fb0\u653f\u5e9c1\u52a10\u62db\u80580\u624b\u88681\u673a0\u6211\u7231"
      + "\u4f600\u6148\u55840\u5fae\u535a0\u5e7f\u4e1c0\u5de5\u884c0\u5bb6\u96fb0\u5a31\u4e500\u5929"
      + "\u4e3b\u65590\u5927\u62ff1\u4f17\u6c7d\u8f660\u5728\u7ebf0\u5609\u91cc\u5927\u9152\u5e9720\u5546"
      + "\u68071\u5e971\u57ce0\u516c\u76ca1\u53f80\u516b\u53660\u5065\u5eb70\u4fe1\u606f0\u4f5b\u5c710"
      + "\u4f01\u4e1a0\u4e2d\u6587\u7f511\u4fe10\u4e16\u754c0\u30dd\u30a4\u30f3\u30c80\u30d5\u30a1\u30c3"
      + "\u30b7\u30e7\u30f30\u30bb\u30fc\u30eb0\u30b9\u30c8\u30a20\u30b3\u30e00\u30b0\u30fc\u30b0\u30eb0"
      + "\u30af\u30e9\u30a6\u30c90\u307f\u3093\u306a0\u0e04\u0e2d\u0e210\u0938\u0902\u0917\u0920\u09280"
      + "\u0928\u0947\u091f0\u0915\u0949\u092e0\u0647\u0645\u0631\u0627\u06470\u0645\u0648\u0642\u06392"
      + "\u0628\u0627\u064a\u0644\u064a0\u0643\u0648\u06451\u0627\u062b\u0648\u0644\u064a\u06430\u0639"
      + "\u0631\u06280\u0634\u0628\u0643\u06290\u0628\u064a\u062a\u06431\u0627\u0632\u0627\u06310\u0627"
      + "\u0644\u0639\u0644\u064a\u0627\u06461\u0631\u0627\u0645\u0643\u06481\u062a\u0635\u0627\u0644"
      + "\u0627\u062a1\u0628\u0648\u0638\u0628\u064a0\u05e7\u05d5\u05dd0\u0441\u0430\u0439\u04420\u0440"
      + "\u0443\u04410\u043e\u0440\u04331\u043d\u043b\u0430\u0439\u043d0\u043c\u043e\u0441\u043a\u0432"
      + "\u04300\u043a\u043e\u043c1\u0430\u0442\u043e\u043b\u0438\u043a0\u0434\u0435\u0442\u04380zuerich1"
      + "one1ippo31ero1ara2ppos0yun1outube32kohama2ga2dobashi1andex2maxun2hoo2chts0xyz1xx1peria1in2huan1f"
      + "inity1erox1box0wtf2c1ow2rld3ks42odside2lterskluwer1me1inners3e3dows32lliamhill2ki2en1hoswho1eir3"
      + "bo2dding32bsite3er3cam2atherchannel71atches52rman2nggou42lter3mart3es0vuelos1oyage2to3ing3e2lvo3"
      + "kswagen2dka1laanderen1ivo3a2staprint53ion3a2rgin2p2n2llas2king2g2deo2ajes1et2rsicherung3m\u00f6g"
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
      "0\ud55c\uad6d0\u9999\u6e2f0\u6fb3\u95800\u65b0\u52a0\u57610\u53f0\u70631\u6e7e0\u4e2d\u570b1"
      + "\u56fd0\u10d2\u10d40\u0ea5\u0eb2\u0ea70\u0e44\u0e17\u0e220\u0dbd\u0d82\u0d9a\u0dcf0\u0d2d\u0d3e"
      + "\u0d30\u0d24\u0d020\u0cad\u0cbe\u0cb0\u0ca40\u0c2d\u0c3e\u0c30\u0c24\u0c4d0\u0b9a\u0bbf\u0b99"
      + "\u0bcd\u0b95\u0baa\u0bcd\u0baa\u0bc2\u0bb0\u0bcd0\u0b87\u0bb2\u0b99\u0bcd\u0b95\u0bc81\u0ba8"
      + "\u0bcd\u0ba4\u0bbf\u0baf\u0bbe0\u0b2d\u0b3e\u0b30\u0b240\u0aad\u0abe\u0ab0\u0aa40\u0a2d\u0a3e"
      + "\u0a30\u0a240\u09ad\u09be\u09f0\u09a42\u09b0\u09a40\u09ac\u09be\u0982\u09b2\u09be0\u092d\u093e"
      + "\u0930\u094b\u09243\u0924\u092e\u094d40\u0680\u0627\u0631\u062a0\u067e\u0627\u06a9\u0633\u062a"
      + "\u0627\u06460\u0645\u0648\u0631\u064a\u062a\u0627\u0646\u064a\u06271\u0644\u064a\u0633\u064a"
      + "\u06271\u0635\u06310\u0642\u0637\u06310\u0641\u0644\u0633\u0637\u064a\u06460\u0639\u0645\u0627"
      + "\u06461\u0631\u0627\u06420\u0633\u0648\u0631\u064a\u06292\u062f\u0627\u06460\u062a\u0648\u0646"
      + "\u06330\u0628\u06be\u0627\u0631\u062a1\u0627\u0631\u062a0\u0627\u06cc\u0631\u0627\u06461\u0645"
      + "\u0627\u0631\u0627\u062a1\u0644\u0645\u063a\u0631\u06282\u0633\u0639\u0648\u062f\u064a\u06292"
      + "\u062c\u0632\u0627\u0626\u06312\u0628\u062d\u0631\u064a\u06462\u0627\u0631\u062f\u06460\u0570"
      + "\u0561\u05750\u049b\u0430\u04370\u0443\u043a\u04400\u0441\u0440\u04310\u0440\u04440\u043c\u043e"
      + "\u043d1\u043a\u04340\u0435\u044e0\u0431\u0435\u043b1\u04330\u03b5\u03c51\u03bb0zw1m1a0yt1e0ws1f0"
      + "vu1n1i1g1e1c1a0uz1y1s1m1k1g1a0tz1w1v1t1r1p1o1n1m1l1k1j1h1g1f1d1c0sz1y1x1v1u1t1s1r1o1n1m1l1k1j1i1"
      + "h1g1e1d1c1b1a0rw1u1s1o1e0qa0py1w1t1s1r1n1m1l1k1h1g1f1e1a0om0nz1u1r1p1o1l1i1g1f1e1c1a0mz1y1x1w1v1"
      + "u1t1s1r1q1p1o1n1m1l1k1h1g1f1e1d1c1a0ly1v1u1t1s1r1k1i1c1b1a0kz1y1w1r1p1n1m1i1h1g1e0jp1o1m1e0it1s1"
      + "r1q1o1n1m1l1e1d0hu1t1r1n1m1k0gy1w1u1t1s1r1q1p1n1m1l1i1h1g1f1e1d1b1a0fr1o1m1k1j1i0eu1t1s1r1h1g1e1"
      + "c0dz1o1m1k1j1e0cz1y1x1w1v1u1r1o1n1m1l1k1i1h1g1f1d1c1a0bz1y1w1v1t1s1r1q1o1n1m1l1j1i1h1g1f1e1d1b1a"
      + "0az1x1w1u1t1s1r1q1o1n1m1l1i1g1f1e1d1c";

  /** The entries of a front-coded list, in order. */
  static List<String> decode(String packed) {
    List<String> tlds = new ArrayList<>();
    String previous = "";
    int i = 0;
    while (i < packed.length()) {
      int shared = packed.charAt(i) - '0';
      int end = i + 1;
      while (end < packed.length() && (packed.charAt(end) < '0' || packed.charAt(end) > '9')) {
        end++;
      }
      previous = previous.substring(0, shared) + packed.substring(i + 1, end);
      tlds.add(previous);
      i = end;
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
