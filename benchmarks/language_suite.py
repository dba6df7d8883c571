"""The language suite of `vla-agent bench planner`: every batch of request templates, run over random scenes.

The batches live beside it: `planner_language` (the checks, the helpers, the first batches to `FRESH8`, `_world` and
`_score`), `language_dev9` to `language_dev12` (batches written by testers who had not read the planner and then tuned
on, reported apart and never counted as untuned), `language_fresh9` to `language_fresh356` (the tenth to
three-hundred-and-fifty-seventh untuned batches). `untuned_goal_correct` is over the batches that were run once before
any fix (`HELD_OUT`, `FRESH` to `FRESH356`); each is also reported alone, and each module's docstring records its
first run, the honest untuned figure.
"""

from __future__ import annotations

import random
from collections import defaultdict

from benchmarks.language_dev9 import DEV9
from benchmarks.language_dev10 import DEV10
from benchmarks.language_dev11 import DEV11
from benchmarks.language_dev12 import DEV12
from benchmarks.language_fresh10 import FRESH10
from benchmarks.language_fresh100 import FRESH100
from benchmarks.language_fresh101 import FRESH101
from benchmarks.language_fresh102 import FRESH102
from benchmarks.language_fresh103 import FRESH103
from benchmarks.language_fresh104 import FRESH104
from benchmarks.language_fresh105 import FRESH105
from benchmarks.language_fresh106 import FRESH106
from benchmarks.language_fresh107 import FRESH107
from benchmarks.language_fresh108 import FRESH108
from benchmarks.language_fresh109 import FRESH109
from benchmarks.language_fresh110 import FRESH110
from benchmarks.language_fresh111 import FRESH111
from benchmarks.language_fresh112 import FRESH112
from benchmarks.language_fresh113 import FRESH113
from benchmarks.language_fresh114 import FRESH114
from benchmarks.language_fresh115 import FRESH115
from benchmarks.language_fresh116 import FRESH116
from benchmarks.language_fresh117 import FRESH117
from benchmarks.language_fresh118 import FRESH118
from benchmarks.language_fresh119 import FRESH119
from benchmarks.language_fresh120 import FRESH120
from benchmarks.language_fresh121 import FRESH121
from benchmarks.language_fresh122 import FRESH122
from benchmarks.language_fresh123 import FRESH123
from benchmarks.language_fresh124 import FRESH124
from benchmarks.language_fresh125 import FRESH125
from benchmarks.language_fresh126 import FRESH126
from benchmarks.language_fresh127 import FRESH127
from benchmarks.language_fresh128 import FRESH128
from benchmarks.language_fresh129 import FRESH129
from benchmarks.language_fresh130 import FRESH130
from benchmarks.language_fresh131 import FRESH131
from benchmarks.language_fresh132 import FRESH132
from benchmarks.language_fresh133 import FRESH133
from benchmarks.language_fresh134 import FRESH134
from benchmarks.language_fresh135 import FRESH135
from benchmarks.language_fresh136 import FRESH136
from benchmarks.language_fresh137 import FRESH137
from benchmarks.language_fresh138 import FRESH138
from benchmarks.language_fresh139 import FRESH139
from benchmarks.language_fresh140 import FRESH140
from benchmarks.language_fresh141 import FRESH141
from benchmarks.language_fresh142 import FRESH142
from benchmarks.language_fresh143 import FRESH143
from benchmarks.language_fresh144 import FRESH144
from benchmarks.language_fresh145 import FRESH145
from benchmarks.language_fresh146 import FRESH146
from benchmarks.language_fresh147 import FRESH147
from benchmarks.language_fresh148 import FRESH148
from benchmarks.language_fresh149 import FRESH149
from benchmarks.language_fresh150 import FRESH150
from benchmarks.language_fresh151 import FRESH151
from benchmarks.language_fresh152 import FRESH152
from benchmarks.language_fresh153 import FRESH153
from benchmarks.language_fresh154 import FRESH154
from benchmarks.language_fresh155 import FRESH155
from benchmarks.language_fresh156 import FRESH156
from benchmarks.language_fresh157 import FRESH157
from benchmarks.language_fresh158 import FRESH158
from benchmarks.language_fresh159 import FRESH159
from benchmarks.language_fresh160 import FRESH160
from benchmarks.language_fresh161 import FRESH161
from benchmarks.language_fresh162 import FRESH162
from benchmarks.language_fresh163 import FRESH163
from benchmarks.language_fresh164 import FRESH164
from benchmarks.language_fresh165 import FRESH165
from benchmarks.language_fresh166 import FRESH166
from benchmarks.language_fresh167 import FRESH167
from benchmarks.language_fresh168 import FRESH168
from benchmarks.language_fresh169 import FRESH169
from benchmarks.language_fresh170 import FRESH170
from benchmarks.language_fresh171 import FRESH171
from benchmarks.language_fresh172 import FRESH172
from benchmarks.language_fresh173 import FRESH173
from benchmarks.language_fresh174 import FRESH174
from benchmarks.language_fresh175 import FRESH175
from benchmarks.language_fresh176 import FRESH176
from benchmarks.language_fresh177 import FRESH177
from benchmarks.language_fresh178 import FRESH178
from benchmarks.language_fresh179 import FRESH179
from benchmarks.language_fresh180 import FRESH180
from benchmarks.language_fresh181 import FRESH181
from benchmarks.language_fresh182 import FRESH182
from benchmarks.language_fresh183 import FRESH183
from benchmarks.language_fresh184 import FRESH184
from benchmarks.language_fresh185 import FRESH185
from benchmarks.language_fresh186 import FRESH186
from benchmarks.language_fresh187 import FRESH187
from benchmarks.language_fresh188 import FRESH188
from benchmarks.language_fresh189 import FRESH189
from benchmarks.language_fresh190 import FRESH190
from benchmarks.language_fresh191 import FRESH191
from benchmarks.language_fresh192 import FRESH192
from benchmarks.language_fresh193 import FRESH193
from benchmarks.language_fresh194 import FRESH194
from benchmarks.language_fresh195 import FRESH195
from benchmarks.language_fresh196 import FRESH196
from benchmarks.language_fresh197 import FRESH197
from benchmarks.language_fresh198 import FRESH198
from benchmarks.language_fresh199 import FRESH199
from benchmarks.language_fresh200 import FRESH200
from benchmarks.language_fresh201 import FRESH201
from benchmarks.language_fresh202 import FRESH202
from benchmarks.language_fresh203 import FRESH203
from benchmarks.language_fresh204 import FRESH204
from benchmarks.language_fresh205 import FRESH205
from benchmarks.language_fresh206 import FRESH206
from benchmarks.language_fresh207 import FRESH207
from benchmarks.language_fresh208 import FRESH208
from benchmarks.language_fresh209 import FRESH209
from benchmarks.language_fresh210 import FRESH210
from benchmarks.language_fresh211 import FRESH211
from benchmarks.language_fresh212 import FRESH212
from benchmarks.language_fresh213 import FRESH213
from benchmarks.language_fresh214 import FRESH214
from benchmarks.language_fresh215 import FRESH215
from benchmarks.language_fresh216 import FRESH216
from benchmarks.language_fresh217 import FRESH217
from benchmarks.language_fresh218 import FRESH218
from benchmarks.language_fresh219 import FRESH219
from benchmarks.language_fresh220 import FRESH220
from benchmarks.language_fresh221 import FRESH221
from benchmarks.language_fresh222 import FRESH222
from benchmarks.language_fresh223 import FRESH223
from benchmarks.language_fresh224 import FRESH224
from benchmarks.language_fresh225 import FRESH225
from benchmarks.language_fresh226 import FRESH226
from benchmarks.language_fresh227 import FRESH227
from benchmarks.language_fresh228 import FRESH228
from benchmarks.language_fresh229 import FRESH229
from benchmarks.language_fresh230 import FRESH230
from benchmarks.language_fresh231 import FRESH231
from benchmarks.language_fresh232 import FRESH232
from benchmarks.language_fresh233 import FRESH233
from benchmarks.language_fresh234 import FRESH234
from benchmarks.language_fresh235 import FRESH235
from benchmarks.language_fresh236 import FRESH236
from benchmarks.language_fresh237 import FRESH237
from benchmarks.language_fresh238 import FRESH238
from benchmarks.language_fresh239 import FRESH239
from benchmarks.language_fresh240 import FRESH240
from benchmarks.language_fresh241 import FRESH241
from benchmarks.language_fresh242 import FRESH242
from benchmarks.language_fresh243 import FRESH243
from benchmarks.language_fresh244 import FRESH244
from benchmarks.language_fresh245 import FRESH245
from benchmarks.language_fresh246 import FRESH246
from benchmarks.language_fresh247 import FRESH247
from benchmarks.language_fresh248 import FRESH248
from benchmarks.language_fresh249 import FRESH249
from benchmarks.language_fresh250 import FRESH250
from benchmarks.language_fresh251 import FRESH251
from benchmarks.language_fresh252 import FRESH252
from benchmarks.language_fresh253 import FRESH253
from benchmarks.language_fresh254 import FRESH254
from benchmarks.language_fresh255 import FRESH255
from benchmarks.language_fresh256 import FRESH256
from benchmarks.language_fresh257 import FRESH257
from benchmarks.language_fresh258 import FRESH258
from benchmarks.language_fresh259 import FRESH259
from benchmarks.language_fresh260 import FRESH260
from benchmarks.language_fresh261 import FRESH261
from benchmarks.language_fresh262 import FRESH262
from benchmarks.language_fresh263 import FRESH263
from benchmarks.language_fresh264 import FRESH264
from benchmarks.language_fresh265 import FRESH265
from benchmarks.language_fresh266 import FRESH266
from benchmarks.language_fresh267 import FRESH267
from benchmarks.language_fresh268 import FRESH268
from benchmarks.language_fresh269 import FRESH269
from benchmarks.language_fresh270 import FRESH270
from benchmarks.language_fresh271 import FRESH271
from benchmarks.language_fresh272 import FRESH272
from benchmarks.language_fresh273 import FRESH273
from benchmarks.language_fresh274 import FRESH274
from benchmarks.language_fresh275 import FRESH275
from benchmarks.language_fresh276 import FRESH276
from benchmarks.language_fresh277 import FRESH277
from benchmarks.language_fresh278 import FRESH278
from benchmarks.language_fresh279 import FRESH279
from benchmarks.language_fresh280 import FRESH280
from benchmarks.language_fresh281 import FRESH281
from benchmarks.language_fresh282 import FRESH282
from benchmarks.language_fresh283 import FRESH283
from benchmarks.language_fresh284 import FRESH284
from benchmarks.language_fresh285 import FRESH285
from benchmarks.language_fresh286 import FRESH286
from benchmarks.language_fresh287 import FRESH287
from benchmarks.language_fresh288 import FRESH288
from benchmarks.language_fresh289 import FRESH289
from benchmarks.language_fresh290 import FRESH290
from benchmarks.language_fresh291 import FRESH291
from benchmarks.language_fresh292 import FRESH292
from benchmarks.language_fresh293 import FRESH293
from benchmarks.language_fresh294 import FRESH294
from benchmarks.language_fresh295 import FRESH295
from benchmarks.language_fresh296 import FRESH296
from benchmarks.language_fresh297 import FRESH297
from benchmarks.language_fresh298 import FRESH298
from benchmarks.language_fresh299 import FRESH299
from benchmarks.language_fresh300 import FRESH300
from benchmarks.language_fresh301 import FRESH301
from benchmarks.language_fresh302 import FRESH302
from benchmarks.language_fresh303 import FRESH303
from benchmarks.language_fresh304 import FRESH304
from benchmarks.language_fresh305 import FRESH305
from benchmarks.language_fresh306 import FRESH306
from benchmarks.language_fresh307 import FRESH307
from benchmarks.language_fresh308 import FRESH308
from benchmarks.language_fresh309 import FRESH309
from benchmarks.language_fresh310 import FRESH310
from benchmarks.language_fresh311 import FRESH311
from benchmarks.language_fresh312 import FRESH312
from benchmarks.language_fresh313 import FRESH313
from benchmarks.language_fresh314 import FRESH314
from benchmarks.language_fresh315 import FRESH315
from benchmarks.language_fresh316 import FRESH316
from benchmarks.language_fresh317 import FRESH317
from benchmarks.language_fresh318 import FRESH318
from benchmarks.language_fresh319 import FRESH319
from benchmarks.language_fresh320 import FRESH320
from benchmarks.language_fresh321 import FRESH321
from benchmarks.language_fresh322 import FRESH322
from benchmarks.language_fresh323 import FRESH323
from benchmarks.language_fresh324 import FRESH324
from benchmarks.language_fresh325 import FRESH325
from benchmarks.language_fresh326 import FRESH326
from benchmarks.language_fresh327 import FRESH327
from benchmarks.language_fresh328 import FRESH328
from benchmarks.language_fresh329 import FRESH329
from benchmarks.language_fresh330 import FRESH330
from benchmarks.language_fresh331 import FRESH331
from benchmarks.language_fresh332 import FRESH332
from benchmarks.language_fresh333 import FRESH333
from benchmarks.language_fresh334 import FRESH334
from benchmarks.language_fresh335 import FRESH335
from benchmarks.language_fresh336 import FRESH336
from benchmarks.language_fresh337 import FRESH337
from benchmarks.language_fresh338 import FRESH338
from benchmarks.language_fresh339 import FRESH339
from benchmarks.language_fresh340 import FRESH340
from benchmarks.language_fresh341 import FRESH341
from benchmarks.language_fresh342 import FRESH342
from benchmarks.language_fresh343 import FRESH343
from benchmarks.language_fresh344 import FRESH344
from benchmarks.language_fresh345 import FRESH345
from benchmarks.language_fresh346 import FRESH346
from benchmarks.language_fresh347 import FRESH347
from benchmarks.language_fresh348 import FRESH348
from benchmarks.language_fresh349 import FRESH349
from benchmarks.language_fresh350 import FRESH350
from benchmarks.language_fresh351 import FRESH351
from benchmarks.language_fresh352 import FRESH352
from benchmarks.language_fresh353 import FRESH353
from benchmarks.language_fresh354 import FRESH354
from benchmarks.language_fresh355 import FRESH355
from benchmarks.language_fresh356 import FRESH356
from benchmarks.language_fresh11 import FRESH11
from benchmarks.language_fresh12 import FRESH12
from benchmarks.language_fresh13 import FRESH13
from benchmarks.language_fresh14 import FRESH14
from benchmarks.language_fresh15 import FRESH15
from benchmarks.language_fresh16 import FRESH16
from benchmarks.language_fresh17 import FRESH17
from benchmarks.language_fresh18 import FRESH18
from benchmarks.language_fresh19 import FRESH19
from benchmarks.language_fresh20 import FRESH20
from benchmarks.language_fresh21 import FRESH21
from benchmarks.language_fresh22 import FRESH22
from benchmarks.language_fresh23 import FRESH23
from benchmarks.language_fresh24 import FRESH24
from benchmarks.language_fresh25 import FRESH25
from benchmarks.language_fresh26 import FRESH26
from benchmarks.language_fresh27 import FRESH27
from benchmarks.language_fresh28 import FRESH28
from benchmarks.language_fresh29 import FRESH29
from benchmarks.language_fresh30 import FRESH30
from benchmarks.language_fresh31 import FRESH31
from benchmarks.language_fresh32 import FRESH32
from benchmarks.language_fresh33 import FRESH33
from benchmarks.language_fresh34 import FRESH34
from benchmarks.language_fresh35 import FRESH35
from benchmarks.language_fresh36 import FRESH36
from benchmarks.language_fresh37 import FRESH37
from benchmarks.language_fresh38 import FRESH38
from benchmarks.language_fresh39 import FRESH39
from benchmarks.language_fresh40 import FRESH40
from benchmarks.language_fresh41 import FRESH41
from benchmarks.language_fresh42 import FRESH42
from benchmarks.language_fresh43 import FRESH43
from benchmarks.language_fresh44 import FRESH44
from benchmarks.language_fresh45 import FRESH45
from benchmarks.language_fresh46 import FRESH46
from benchmarks.language_fresh47 import FRESH47
from benchmarks.language_fresh48 import FRESH48
from benchmarks.language_fresh49 import FRESH49
from benchmarks.language_fresh50 import FRESH50
from benchmarks.language_fresh51 import FRESH51
from benchmarks.language_fresh52 import FRESH52
from benchmarks.language_fresh53 import FRESH53
from benchmarks.language_fresh54 import FRESH54
from benchmarks.language_fresh55 import FRESH55
from benchmarks.language_fresh56 import FRESH56
from benchmarks.language_fresh57 import FRESH57
from benchmarks.language_fresh58 import FRESH58
from benchmarks.language_fresh59 import FRESH59
from benchmarks.language_fresh60 import FRESH60
from benchmarks.language_fresh61 import FRESH61
from benchmarks.language_fresh62 import FRESH62
from benchmarks.language_fresh63 import FRESH63
from benchmarks.language_fresh64 import FRESH64
from benchmarks.language_fresh65 import FRESH65
from benchmarks.language_fresh66 import FRESH66
from benchmarks.language_fresh67 import FRESH67
from benchmarks.language_fresh68 import FRESH68
from benchmarks.language_fresh69 import FRESH69
from benchmarks.language_fresh70 import FRESH70
from benchmarks.language_fresh71 import FRESH71
from benchmarks.language_fresh72 import FRESH72
from benchmarks.language_fresh73 import FRESH73
from benchmarks.language_fresh74 import FRESH74
from benchmarks.language_fresh75 import FRESH75
from benchmarks.language_fresh76 import FRESH76
from benchmarks.language_fresh77 import FRESH77
from benchmarks.language_fresh78 import FRESH78
from benchmarks.language_fresh79 import FRESH79
from benchmarks.language_fresh80 import FRESH80
from benchmarks.language_fresh81 import FRESH81
from benchmarks.language_fresh82 import FRESH82
from benchmarks.language_fresh83 import FRESH83
from benchmarks.language_fresh84 import FRESH84
from benchmarks.language_fresh85 import FRESH85
from benchmarks.language_fresh86 import FRESH86
from benchmarks.language_fresh87 import FRESH87
from benchmarks.language_fresh88 import FRESH88
from benchmarks.language_fresh89 import FRESH89
from benchmarks.language_fresh90 import FRESH90
from benchmarks.language_fresh91 import FRESH91
from benchmarks.language_fresh92 import FRESH92
from benchmarks.language_fresh93 import FRESH93
from benchmarks.language_fresh94 import FRESH94
from benchmarks.language_fresh95 import FRESH95
from benchmarks.language_fresh96 import FRESH96
from benchmarks.language_fresh97 import FRESH97
from benchmarks.language_fresh98 import FRESH98
from benchmarks.language_fresh99 import FRESH99
from benchmarks.language_fresh9 import FRESH9
from benchmarks.planner_language import (
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    HELD_OUT,
    TUNED,
    Template,
    _score,
    _world,
)

# (split, templates); the splits in TUNED_SPLITS were developed against, the others each run once before any fix.
SPLITS: list[tuple[str, list[Template]]] = [
    ("held_out", HELD_OUT), ("fresh", FRESH), ("fresh2", FRESH2), ("fresh3", FRESH3), ("fresh4", FRESH4),
    ("fresh5", FRESH5), ("fresh6", FRESH6), ("fresh7", FRESH7), ("fresh8", FRESH8), ("fresh9", FRESH9),
    ("fresh10", FRESH10), ("fresh11", FRESH11), ("fresh12", FRESH12), ("fresh13", FRESH13),
    ("fresh14", FRESH14), ("fresh15", FRESH15), ("fresh16", FRESH16), ("fresh17", FRESH17), ("fresh18", FRESH18),
    ("fresh19", FRESH19), ("fresh20", FRESH20), ("fresh21", FRESH21), ("fresh22", FRESH22),
    ("fresh23", FRESH23), ("fresh24", FRESH24), ("fresh25", FRESH25), ("fresh26", FRESH26),
    ("fresh27", FRESH27), ("fresh28", FRESH28), ("fresh29", FRESH29),
    ("fresh30", FRESH30), ("fresh31", FRESH31), ("fresh32", FRESH32),
    ("fresh33", FRESH33), ("fresh34", FRESH34), ("fresh35", FRESH35),
    ("fresh36", FRESH36), ("fresh37", FRESH37), ("fresh38", FRESH38),
    ("fresh39", FRESH39), ("fresh40", FRESH40), ("fresh41", FRESH41), ("fresh42", FRESH42),
    ("fresh43", FRESH43), ("fresh44", FRESH44), ("fresh45", FRESH45),
    ("fresh46", FRESH46), ("fresh47", FRESH47), ("fresh48", FRESH48), ("fresh49", FRESH49),
    ("fresh50", FRESH50), ("fresh51", FRESH51), ("fresh52", FRESH52), ("fresh53", FRESH53),
    ("fresh54", FRESH54), ("fresh55", FRESH55), ("fresh56", FRESH56), ("fresh57", FRESH57), ("fresh58", FRESH58),
    ("fresh59", FRESH59), ("fresh60", FRESH60), ("fresh61", FRESH61),
    ("fresh62", FRESH62), ("fresh63", FRESH63), ("fresh64", FRESH64),
    ("fresh65", FRESH65), ("fresh66", FRESH66), ("fresh67", FRESH67),
    ("fresh68", FRESH68), ("fresh69", FRESH69), ("fresh70", FRESH70),
    ("fresh71", FRESH71), ("fresh72", FRESH72), ("fresh73", FRESH73),
    ("fresh74", FRESH74), ("fresh75", FRESH75), ("fresh76", FRESH76),
    ("fresh77", FRESH77), ("fresh78", FRESH78), ("fresh79", FRESH79),
    ("fresh80", FRESH80), ("fresh81", FRESH81), ("fresh82", FRESH82),
    ("fresh83", FRESH83), ("fresh84", FRESH84), ("fresh85", FRESH85),
    ("fresh86", FRESH86), ("fresh87", FRESH87), ("fresh88", FRESH88),
    ("fresh89", FRESH89), ("fresh90", FRESH90), ("fresh91", FRESH91),
    ("fresh92", FRESH92), ("fresh93", FRESH93), ("fresh94", FRESH94),
    ("fresh95", FRESH95), ("fresh96", FRESH96), ("fresh97", FRESH97),
    ("fresh98", FRESH98), ("fresh99", FRESH99), ("fresh100", FRESH100),
    ("fresh101", FRESH101), ("fresh102", FRESH102), ("fresh103", FRESH103), ("fresh104", FRESH104), ("fresh105", FRESH105),
    ("fresh106", FRESH106), ("fresh107", FRESH107), ("fresh108", FRESH108), ("fresh109", FRESH109),
    ("fresh110", FRESH110), ("fresh111", FRESH111), ("fresh112", FRESH112), ("fresh113", FRESH113),
    ("fresh114", FRESH114), ("fresh115", FRESH115), ("fresh116", FRESH116), ("fresh117", FRESH117),
    ("fresh118", FRESH118), ("fresh119", FRESH119), ("fresh120", FRESH120), ("fresh121", FRESH121),
    ("fresh122", FRESH122), ("fresh123", FRESH123), ("fresh124", FRESH124), ("fresh125", FRESH125),
    ("fresh126", FRESH126), ("fresh127", FRESH127), ("fresh128", FRESH128), ("fresh129", FRESH129),
    ("fresh130", FRESH130), ("fresh131", FRESH131), ("fresh132", FRESH132), ("fresh133", FRESH133),
    ("fresh134", FRESH134), ("fresh135", FRESH135), ("fresh136", FRESH136), ("fresh137", FRESH137),
    ("fresh138", FRESH138), ("fresh139", FRESH139), ("fresh140", FRESH140), ("fresh141", FRESH141),
    ("fresh142", FRESH142), ("fresh143", FRESH143), ("fresh144", FRESH144), ("fresh145", FRESH145),
    ("fresh146", FRESH146), ("fresh147", FRESH147), ("fresh148", FRESH148), ("fresh149", FRESH149),
    ("fresh150", FRESH150), ("fresh151", FRESH151), ("fresh152", FRESH152), ("fresh153", FRESH153),
    ("fresh154", FRESH154), ("fresh155", FRESH155), ("fresh156", FRESH156), ("fresh157", FRESH157), ("fresh158", FRESH158),
    ("fresh159", FRESH159), ("fresh160", FRESH160), ("fresh161", FRESH161), ("fresh162", FRESH162), ("fresh163", FRESH163),
    ("fresh164", FRESH164), ("fresh165", FRESH165), ("fresh166", FRESH166), ("fresh167", FRESH167),
    ("fresh168", FRESH168), ("fresh169", FRESH169), ("fresh170", FRESH170), ("fresh171", FRESH171),
    ("fresh172", FRESH172), ("fresh173", FRESH173), ("fresh174", FRESH174), ("fresh175", FRESH175),
    ("fresh176", FRESH176), ("fresh177", FRESH177), ("fresh178", FRESH178), ("fresh179", FRESH179),
    ("fresh180", FRESH180),
    ("fresh181", FRESH181),
    ("fresh182", FRESH182),
    ("fresh183", FRESH183),
    ("fresh184", FRESH184),
    ("fresh185", FRESH185),
    ("fresh186", FRESH186),
    ("fresh187", FRESH187),
    ("fresh188", FRESH188),
    ("fresh189", FRESH189),
    ("fresh190", FRESH190),
    ("fresh191", FRESH191),
    ("fresh192", FRESH192),
    ("fresh193", FRESH193),
    ("fresh194", FRESH194),
    ("fresh195", FRESH195),
    ("fresh196", FRESH196),
    ("fresh197", FRESH197),
    ("fresh198", FRESH198),
    ("fresh199", FRESH199),
    ("fresh200", FRESH200),
    ("fresh201", FRESH201),
    ("fresh202", FRESH202),
    ("fresh203", FRESH203),
    ("fresh204", FRESH204),
    ("fresh205", FRESH205),
    ("fresh206", FRESH206),
    ("fresh207", FRESH207),
    ("fresh208", FRESH208),
    ("fresh209", FRESH209),
    ("fresh210", FRESH210),
    ("fresh211", FRESH211),
    ("fresh212", FRESH212),
    ("fresh213", FRESH213),
    ("fresh214", FRESH214),
    ("fresh215", FRESH215),
    ("fresh216", FRESH216),
    ("fresh217", FRESH217),
    ("fresh218", FRESH218),
    ("fresh219", FRESH219),
    ("fresh220", FRESH220),
    ("fresh221", FRESH221),
    ("fresh222", FRESH222),
    ("fresh223", FRESH223),
    ("fresh224", FRESH224),
    ("fresh225", FRESH225),
    ("fresh226", FRESH226),
    ("fresh227", FRESH227),
    ("fresh228", FRESH228),
    ("fresh229", FRESH229),
    ("fresh230", FRESH230),
    ("fresh231", FRESH231),
    ("fresh232", FRESH232),
    ("fresh233", FRESH233),
    ("fresh234", FRESH234),
    ("fresh235", FRESH235),
    ("fresh236", FRESH236),
    ("fresh237", FRESH237),
    ("fresh238", FRESH238),
    ("fresh239", FRESH239),
    ("fresh240", FRESH240),
    ("fresh241", FRESH241),
    ("fresh242", FRESH242),
    ("fresh243", FRESH243),
    ("fresh244", FRESH244),
    ("fresh245", FRESH245),
    ("fresh246", FRESH246),
    ("fresh247", FRESH247),
    ("fresh248", FRESH248),
    ("fresh249", FRESH249),
    ("fresh250", FRESH250),
    ("fresh251", FRESH251),
    ("fresh252", FRESH252),
    ("fresh253", FRESH253),
    ("fresh254", FRESH254),
    ("fresh255", FRESH255),
    ("fresh256", FRESH256),
    ("fresh257", FRESH257),
    ("fresh258", FRESH258),
    ("fresh259", FRESH259),
    ("fresh260", FRESH260),
    ("fresh261", FRESH261),
    ("fresh262", FRESH262),
    ("fresh263", FRESH263),
    ("fresh264", FRESH264),
    ("fresh265", FRESH265),
    ("fresh266", FRESH266),
    ("fresh267", FRESH267),
    ("fresh268", FRESH268),
    ("fresh269", FRESH269),
    ("fresh270", FRESH270),
    ("fresh271", FRESH271),
    ("fresh272", FRESH272),
    ("fresh273", FRESH273),
    ("fresh274", FRESH274),
    ("fresh275", FRESH275),
    ("fresh276", FRESH276),
    ("fresh277", FRESH277),
    ("fresh278", FRESH278),
    ("fresh279", FRESH279),
    ("fresh280", FRESH280),
    ("fresh281", FRESH281),
    ("fresh282", FRESH282),
    ("fresh283", FRESH283),
    ("fresh284", FRESH284),
    ("fresh285", FRESH285),
    ("fresh286", FRESH286),
    ("fresh287", FRESH287),
    ("fresh288", FRESH288),
    ("fresh289", FRESH289),
    ("fresh290", FRESH290),
    ("fresh291", FRESH291),
    ("fresh292", FRESH292),
    ("fresh293", FRESH293),
    ("fresh294", FRESH294),
    ("fresh295", FRESH295),
    ("fresh296", FRESH296),
    ("fresh297", FRESH297),
    ("fresh298", FRESH298),
    ("fresh299", FRESH299),
    ("fresh300", FRESH300),
    ("fresh301", FRESH301),
    ("fresh302", FRESH302),
    ("fresh303", FRESH303),
    ("fresh304", FRESH304),
    ("fresh305", FRESH305),
    ("fresh306", FRESH306),
    ("fresh307", FRESH307),
    ("fresh308", FRESH308),
    ("fresh309", FRESH309),
    ("fresh310", FRESH310),
    ("fresh311", FRESH311),
    ("fresh312", FRESH312),
    ("fresh313", FRESH313),
    ("fresh314", FRESH314),
    ("fresh315", FRESH315),
    ("fresh316", FRESH316),
    ("fresh317", FRESH317),
    ("fresh318", FRESH318),
    ("fresh319", FRESH319),
    ("fresh320", FRESH320),
    ("fresh321", FRESH321),
    ("fresh322", FRESH322),
    ("fresh323", FRESH323),
    ("fresh324", FRESH324),
    ("fresh325", FRESH325),
    ("fresh326", FRESH326),
    ("fresh327", FRESH327),
    ("fresh328", FRESH328),
    ("fresh329", FRESH329),
    ("fresh330", FRESH330),
    ("fresh331", FRESH331),
    ("fresh332", FRESH332),
    ("fresh333", FRESH333),
    ("fresh334", FRESH334),
    ("fresh335", FRESH335),
    ("fresh336", FRESH336),
    ("fresh337", FRESH337),
    ("fresh338", FRESH338),
    ("fresh339", FRESH339),
    ("fresh340", FRESH340),
    ("fresh341", FRESH341),
    ("fresh342", FRESH342),
    ("fresh343", FRESH343),
    ("fresh344", FRESH344),
    ("fresh345", FRESH345),
    ("fresh346", FRESH346),
    ("fresh347", FRESH347),
    ("fresh348", FRESH348),
    ("fresh349", FRESH349),
    ("fresh350", FRESH350),
    ("fresh351", FRESH351),
    ("fresh352", FRESH352),
    ("fresh353", FRESH353),
    ("fresh354", FRESH354),
    ("fresh355", FRESH355),
    ("fresh356", FRESH356),
    ("dev9", DEV9), ("dev10", DEV10), ("dev11", DEV11), ("dev12", DEV12), ("tuned", TUNED),
]
DEV_SPLITS = ("dev9", "dev10", "dev11", "dev12")
TUNED_SPLITS = {"tuned", *DEV_SPLITS}


def language_suite(episodes: int = 500, seed: int = 0) -> dict:
    """Parse, plan and check `episodes` instructions over random scenes; figures overall, per split, per category."""
    if episodes < 1:
        raise ValueError("episodes must be >= 1")
    templates = [(t, split) for split, batch in SPLITS for t in batch]
    rng = random.Random(seed)
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: list[dict] = []
    for i in range(episodes):
        (name, category, make), split = templates[i % len(templates)]
        made, world = None, None
        for attempt in range(50):
            world = _world(rng, seed * 100003 + i * 97 + attempt)
            made = make(world)
            if made is not None:
                break
        if made is None or world is None:
            continue
        text, check = made
        outcome, detail = _score(text, check, world.scene)
        keys = ["all", split, f"category:{category}"] + (["untuned"] if split not in TUNED_SPLITS else [])
        for key in keys:
            tally[key]["n"] += 1
            tally[key][outcome] += 1
        if outcome != "correct" and len(misses) < 12:
            misses.append({"template": name, "split": split, "instruction": text, "outcome": outcome,
                           "detail": detail[:300]})

    def rate(key: str, what: str = "correct") -> float | None:
        t = tally[key]
        return round(t[what] / t["n"], 4) if t["n"] else None  # None: the episodes did not reach this split

    understood = {k: round(1 - (t["refused"] + t["asked"]) / t["n"], 4) for k, t in tally.items() if t["n"]}
    return {
        "episodes": tally["all"]["n"],
        "templates": len(templates),
        "held_out_templates": [t[0] for split, batch in SPLITS if split not in TUNED_SPLITS for t in batch],
        "understood": understood["all"],
        "goal_correct": rate("all"),
        "wrong_action": rate("all", "wrong"),
        "untuned_understood": understood.get("untuned", 0.0),
        "untuned_goal_correct": rate("untuned"),
        "untuned_wrong_action": rate("untuned", "wrong"),
        "held_out_goal_correct": rate("held_out"),
        "fresh_goal_correct": rate("fresh"),
        "fresh2_goal_correct": rate("fresh2"),
        "fresh3_goal_correct": rate("fresh3"),
        "fresh4_goal_correct": rate("fresh4"),
        "fresh5_goal_correct": rate("fresh5"),
        "fresh6_goal_correct": rate("fresh6"),
        "fresh7_goal_correct": rate("fresh7"),
        "fresh8_goal_correct": rate("fresh8"),
        "fresh9_goal_correct": rate("fresh9"),
        "fresh10_goal_correct": rate("fresh10"),
        "fresh11_goal_correct": rate("fresh11"),
        "fresh12_goal_correct": rate("fresh12"),
        "fresh13_goal_correct": rate("fresh13"),
        "fresh14_goal_correct": rate("fresh14"),
        "fresh15_goal_correct": rate("fresh15"),
        "fresh16_goal_correct": rate("fresh16"),
        "fresh17_goal_correct": rate("fresh17"),
        "fresh18_goal_correct": rate("fresh18"),
        "fresh19_goal_correct": rate("fresh19"),
        "fresh20_goal_correct": rate("fresh20"),
        "fresh21_goal_correct": rate("fresh21"),
        "fresh22_goal_correct": rate("fresh22"),
        "fresh23_goal_correct": rate("fresh23"),
        "fresh24_goal_correct": rate("fresh24"),
        "fresh25_goal_correct": rate("fresh25"),
        "fresh26_goal_correct": rate("fresh26"),
        "fresh27_goal_correct": rate("fresh27"),
        "fresh28_goal_correct": rate("fresh28"),
        "fresh29_goal_correct": rate("fresh29"),
        "fresh30_goal_correct": rate("fresh30"),
        "fresh31_goal_correct": rate("fresh31"),
        "fresh32_goal_correct": rate("fresh32"),
        "fresh33_goal_correct": rate("fresh33"),
        "fresh34_goal_correct": rate("fresh34"),
        "fresh35_goal_correct": rate("fresh35"),
        "fresh36_goal_correct": rate("fresh36"),
        "fresh37_goal_correct": rate("fresh37"),
        "fresh38_goal_correct": rate("fresh38"),
        "fresh39_goal_correct": rate("fresh39"),
        "fresh40_goal_correct": rate("fresh40"),
        "fresh41_goal_correct": rate("fresh41"),
        "fresh42_goal_correct": rate("fresh42"),
        "fresh43_goal_correct": rate("fresh43"),
        "fresh44_goal_correct": rate("fresh44"),
        "fresh45_goal_correct": rate("fresh45"),
        "fresh46_goal_correct": rate("fresh46"),
        "fresh47_goal_correct": rate("fresh47"),
        "fresh48_goal_correct": rate("fresh48"),
        "fresh49_goal_correct": rate("fresh49"),
        "fresh50_goal_correct": rate("fresh50"),
        "fresh51_goal_correct": rate("fresh51"),
        "fresh52_goal_correct": rate("fresh52"),
        "fresh53_goal_correct": rate("fresh53"),
        "fresh54_goal_correct": rate("fresh54"),
        "fresh55_goal_correct": rate("fresh55"),
        "fresh56_goal_correct": rate("fresh56"),
        "fresh57_goal_correct": rate("fresh57"),
        "fresh58_goal_correct": rate("fresh58"),
        "fresh59_goal_correct": rate("fresh59"),
        "fresh60_goal_correct": rate("fresh60"),
        "fresh61_goal_correct": rate("fresh61"),
        "fresh62_goal_correct": rate("fresh62"),
        "fresh63_goal_correct": rate("fresh63"),
        "fresh64_goal_correct": rate("fresh64"),
        "fresh65_goal_correct": rate("fresh65"),
        "fresh66_goal_correct": rate("fresh66"),
        "fresh67_goal_correct": rate("fresh67"),
        "fresh68_goal_correct": rate("fresh68"),
        "fresh69_goal_correct": rate("fresh69"),
        "fresh70_goal_correct": rate("fresh70"),
        "fresh71_goal_correct": rate("fresh71"),
        "fresh72_goal_correct": rate("fresh72"),
        "fresh73_goal_correct": rate("fresh73"),
        "fresh74_goal_correct": rate("fresh74"),
        "fresh75_goal_correct": rate("fresh75"),
        "fresh76_goal_correct": rate("fresh76"),
        "fresh77_goal_correct": rate("fresh77"),
        "fresh78_goal_correct": rate("fresh78"),
        "fresh79_goal_correct": rate("fresh79"),
        "fresh80_goal_correct": rate("fresh80"),
        "fresh81_goal_correct": rate("fresh81"),
        "fresh82_goal_correct": rate("fresh82"),
        "fresh83_goal_correct": rate("fresh83"),
        "fresh84_goal_correct": rate("fresh84"),
        "fresh85_goal_correct": rate("fresh85"),
        "fresh86_goal_correct": rate("fresh86"),
        "fresh87_goal_correct": rate("fresh87"),
        "fresh88_goal_correct": rate("fresh88"),
        "fresh89_goal_correct": rate("fresh89"),
        "fresh90_goal_correct": rate("fresh90"),
        "fresh91_goal_correct": rate("fresh91"),
        "fresh92_goal_correct": rate("fresh92"),
        "fresh93_goal_correct": rate("fresh93"),
        "fresh94_goal_correct": rate("fresh94"),
        "fresh95_goal_correct": rate("fresh95"),
        "fresh96_goal_correct": rate("fresh96"),
        "fresh97_goal_correct": rate("fresh97"),
        "fresh98_goal_correct": rate("fresh98"),
        "fresh99_goal_correct": rate("fresh99"),
        "fresh100_goal_correct": rate("fresh100"),
        "fresh101_goal_correct": rate("fresh101"),
        "fresh102_goal_correct": rate("fresh102"),
        "fresh103_goal_correct": rate("fresh103"),
        "fresh104_goal_correct": rate("fresh104"),
        "fresh105_goal_correct": rate("fresh105"),
        "fresh106_goal_correct": rate("fresh106"),
        "fresh107_goal_correct": rate("fresh107"),
        "fresh108_goal_correct": rate("fresh108"),
        "fresh109_goal_correct": rate("fresh109"),
        "fresh110_goal_correct": rate("fresh110"),
        "fresh111_goal_correct": rate("fresh111"),
        "fresh112_goal_correct": rate("fresh112"),
        "fresh113_goal_correct": rate("fresh113"),
        "fresh114_goal_correct": rate("fresh114"),
        "fresh115_goal_correct": rate("fresh115"),
        "fresh116_goal_correct": rate("fresh116"),
        "fresh117_goal_correct": rate("fresh117"),
        "fresh118_goal_correct": rate("fresh118"),
        "fresh119_goal_correct": rate("fresh119"),
        "fresh120_goal_correct": rate("fresh120"),
        "fresh121_goal_correct": rate("fresh121"),
        "fresh122_goal_correct": rate("fresh122"),
        "fresh123_goal_correct": rate("fresh123"),
        "fresh124_goal_correct": rate("fresh124"),
        "fresh125_goal_correct": rate("fresh125"),
        "fresh126_goal_correct": rate("fresh126"),
        "fresh127_goal_correct": rate("fresh127"),
        "fresh128_goal_correct": rate("fresh128"),
        "fresh129_goal_correct": rate("fresh129"),
        "fresh130_goal_correct": rate("fresh130"),
        "fresh131_goal_correct": rate("fresh131"),
        "fresh132_goal_correct": rate("fresh132"),
        "fresh133_goal_correct": rate("fresh133"),
        "fresh134_goal_correct": rate("fresh134"),
        "fresh135_goal_correct": rate("fresh135"),
        "fresh136_goal_correct": rate("fresh136"),
        "fresh137_goal_correct": rate("fresh137"),
        "fresh138_goal_correct": rate("fresh138"),
        "fresh139_goal_correct": rate("fresh139"),
        "fresh140_goal_correct": rate("fresh140"),
        "fresh141_goal_correct": rate("fresh141"),
        "fresh142_goal_correct": rate("fresh142"),
        "fresh143_goal_correct": rate("fresh143"),
        "fresh144_goal_correct": rate("fresh144"),
        "fresh145_goal_correct": rate("fresh145"),
        "fresh146_goal_correct": rate("fresh146"),
        "fresh147_goal_correct": rate("fresh147"),
        "fresh148_goal_correct": rate("fresh148"),
        "fresh149_goal_correct": rate("fresh149"),
        "fresh150_goal_correct": rate("fresh150"),
        "fresh151_goal_correct": rate("fresh151"),
        "fresh152_goal_correct": rate("fresh152"),
        "fresh153_goal_correct": rate("fresh153"),
        "fresh154_goal_correct": rate("fresh154"),
        "fresh155_goal_correct": rate("fresh155"),
        "fresh156_goal_correct": rate("fresh156"),
        "fresh157_goal_correct": rate("fresh157"),
        "fresh158_goal_correct": rate("fresh158"),
        "fresh159_goal_correct": rate("fresh159"),
        "fresh160_goal_correct": rate("fresh160"),
        "fresh161_goal_correct": rate("fresh161"),
        "fresh162_goal_correct": rate("fresh162"),
        "fresh163_goal_correct": rate("fresh163"),
        "fresh164_goal_correct": rate("fresh164"),
        "fresh165_goal_correct": rate("fresh165"),
        "fresh166_goal_correct": rate("fresh166"),
        "fresh167_goal_correct": rate("fresh167"),
        "fresh168_goal_correct": rate("fresh168"),
        "fresh169_goal_correct": rate("fresh169"),
        "fresh170_goal_correct": rate("fresh170"),
        "fresh171_goal_correct": rate("fresh171"),
        "fresh172_goal_correct": rate("fresh172"),
        "fresh173_goal_correct": rate("fresh173"),
        "fresh174_goal_correct": rate("fresh174"),
        "fresh175_goal_correct": rate("fresh175"),
        "fresh176_goal_correct": rate("fresh176"),
        "fresh177_goal_correct": rate("fresh177"),
        "fresh178_goal_correct": rate("fresh178"),
        "fresh179_goal_correct": rate("fresh179"),
        "fresh180_goal_correct": rate("fresh180"),
        "fresh181_goal_correct": rate("fresh181"),
        "fresh182_goal_correct": rate("fresh182"),
        "fresh183_goal_correct": rate("fresh183"),
        "fresh184_goal_correct": rate("fresh184"),
        "fresh185_goal_correct": rate("fresh185"),
        "fresh186_goal_correct": rate("fresh186"),
        "fresh187_goal_correct": rate("fresh187"),
        "fresh188_goal_correct": rate("fresh188"),
        "fresh189_goal_correct": rate("fresh189"),
        "fresh190_goal_correct": rate("fresh190"),
        "fresh191_goal_correct": rate("fresh191"),
        "fresh192_goal_correct": rate("fresh192"),
        "fresh193_goal_correct": rate("fresh193"),
        "fresh194_goal_correct": rate("fresh194"),
        "fresh195_goal_correct": rate("fresh195"),
        "fresh196_goal_correct": rate("fresh196"),
        "fresh197_goal_correct": rate("fresh197"),
        "fresh198_goal_correct": rate("fresh198"),
        "fresh199_goal_correct": rate("fresh199"),
        "fresh200_goal_correct": rate("fresh200"),
        "fresh201_goal_correct": rate("fresh201"),
        "fresh202_goal_correct": rate("fresh202"),
        "fresh203_goal_correct": rate("fresh203"),
        "fresh204_goal_correct": rate("fresh204"),
        "fresh205_goal_correct": rate("fresh205"),
        "fresh206_goal_correct": rate("fresh206"),
        "fresh207_goal_correct": rate("fresh207"),
        "fresh208_goal_correct": rate("fresh208"),
        "fresh209_goal_correct": rate("fresh209"),
        "fresh210_goal_correct": rate("fresh210"),
        "fresh211_goal_correct": rate("fresh211"),
        "fresh212_goal_correct": rate("fresh212"),
        "fresh213_goal_correct": rate("fresh213"),
        "fresh214_goal_correct": rate("fresh214"),
        "fresh215_goal_correct": rate("fresh215"),
        "fresh216_goal_correct": rate("fresh216"),
        "fresh217_goal_correct": rate("fresh217"),
        "fresh218_goal_correct": rate("fresh218"),
        "fresh219_goal_correct": rate("fresh219"),
        "fresh220_goal_correct": rate("fresh220"),
        "fresh221_goal_correct": rate("fresh221"),
        "fresh222_goal_correct": rate("fresh222"),
        "fresh223_goal_correct": rate("fresh223"),
        "fresh224_goal_correct": rate("fresh224"),
        "fresh225_goal_correct": rate("fresh225"),
        "fresh226_goal_correct": rate("fresh226"),
        "fresh227_goal_correct": rate("fresh227"),
        "fresh228_goal_correct": rate("fresh228"),
        "fresh229_goal_correct": rate("fresh229"),
        "fresh230_goal_correct": rate("fresh230"),
        "fresh231_goal_correct": rate("fresh231"),
        "fresh232_goal_correct": rate("fresh232"),
        "fresh233_goal_correct": rate("fresh233"),
        "fresh234_goal_correct": rate("fresh234"),
        "fresh235_goal_correct": rate("fresh235"),
        "fresh236_goal_correct": rate("fresh236"),
        "fresh237_goal_correct": rate("fresh237"),
        "fresh238_goal_correct": rate("fresh238"),
        "fresh239_goal_correct": rate("fresh239"),
        "fresh240_goal_correct": rate("fresh240"),
        "fresh241_goal_correct": rate("fresh241"),
        "fresh242_goal_correct": rate("fresh242"),
        "fresh243_goal_correct": rate("fresh243"),
        "fresh244_goal_correct": rate("fresh244"),
        "fresh245_goal_correct": rate("fresh245"),
        "fresh246_goal_correct": rate("fresh246"),
        "fresh247_goal_correct": rate("fresh247"),
        "fresh248_goal_correct": rate("fresh248"),
        "fresh249_goal_correct": rate("fresh249"),
        "fresh250_goal_correct": rate("fresh250"),
        "fresh251_goal_correct": rate("fresh251"),
        "fresh252_goal_correct": rate("fresh252"),
        "fresh253_goal_correct": rate("fresh253"),
        "fresh254_goal_correct": rate("fresh254"),
        "fresh255_goal_correct": rate("fresh255"),
        "fresh256_goal_correct": rate("fresh256"),
        "fresh257_goal_correct": rate("fresh257"),
        "fresh258_goal_correct": rate("fresh258"),
        "fresh259_goal_correct": rate("fresh259"),
        "fresh260_goal_correct": rate("fresh260"),
        "fresh261_goal_correct": rate("fresh261"),
        "fresh262_goal_correct": rate("fresh262"),
        "fresh263_goal_correct": rate("fresh263"),
        "fresh264_goal_correct": rate("fresh264"),
        "fresh265_goal_correct": rate("fresh265"),
        "fresh266_goal_correct": rate("fresh266"),
        "fresh267_goal_correct": rate("fresh267"),
        "fresh268_goal_correct": rate("fresh268"),
        "fresh269_goal_correct": rate("fresh269"),
        "fresh270_goal_correct": rate("fresh270"),
        "fresh271_goal_correct": rate("fresh271"),
        "fresh272_goal_correct": rate("fresh272"),
        "fresh273_goal_correct": rate("fresh273"),
        "fresh274_goal_correct": rate("fresh274"),
        "fresh275_goal_correct": rate("fresh275"),
        "fresh276_goal_correct": rate("fresh276"),
        "fresh277_goal_correct": rate("fresh277"),
        "fresh278_goal_correct": rate("fresh278"),
        "fresh279_goal_correct": rate("fresh279"),
        "fresh280_goal_correct": rate("fresh280"),
        "fresh281_goal_correct": rate("fresh281"),
        "fresh282_goal_correct": rate("fresh282"),
        "fresh283_goal_correct": rate("fresh283"),
        "fresh284_goal_correct": rate("fresh284"),
        "fresh285_goal_correct": rate("fresh285"),
        "fresh286_goal_correct": rate("fresh286"),
        "fresh287_goal_correct": rate("fresh287"),
        "fresh288_goal_correct": rate("fresh288"),
        "fresh289_goal_correct": rate("fresh289"),
        "fresh290_goal_correct": rate("fresh290"),
        "fresh291_goal_correct": rate("fresh291"),
        "fresh292_goal_correct": rate("fresh292"),
        "fresh293_goal_correct": rate("fresh293"),
        "fresh294_goal_correct": rate("fresh294"),
        "fresh295_goal_correct": rate("fresh295"),
        "fresh296_goal_correct": rate("fresh296"),
        "fresh297_goal_correct": rate("fresh297"),
        "fresh298_goal_correct": rate("fresh298"),
        "fresh299_goal_correct": rate("fresh299"),
        "fresh300_goal_correct": rate("fresh300"),
        "fresh301_goal_correct": rate("fresh301"),
        "fresh302_goal_correct": rate("fresh302"),
        "fresh303_goal_correct": rate("fresh303"),
        "fresh304_goal_correct": rate("fresh304"),
        "fresh305_goal_correct": rate("fresh305"),
        "fresh306_goal_correct": rate("fresh306"),
        "fresh307_goal_correct": rate("fresh307"),
        "fresh308_goal_correct": rate("fresh308"),
        "fresh309_goal_correct": rate("fresh309"),
        "fresh310_goal_correct": rate("fresh310"),
        "fresh311_goal_correct": rate("fresh311"),
        "fresh312_goal_correct": rate("fresh312"),
        "fresh313_goal_correct": rate("fresh313"),
        "fresh314_goal_correct": rate("fresh314"),
        "fresh315_goal_correct": rate("fresh315"),
        "fresh316_goal_correct": rate("fresh316"),
        "fresh317_goal_correct": rate("fresh317"),
        "fresh318_goal_correct": rate("fresh318"),
        "fresh319_goal_correct": rate("fresh319"),
        "fresh320_goal_correct": rate("fresh320"),
        "fresh321_goal_correct": rate("fresh321"),
        "fresh322_goal_correct": rate("fresh322"),
        "fresh323_goal_correct": rate("fresh323"),
        "fresh324_goal_correct": rate("fresh324"),
        "fresh325_goal_correct": rate("fresh325"),
        "fresh326_goal_correct": rate("fresh326"),
        "fresh327_goal_correct": rate("fresh327"),
        "fresh328_goal_correct": rate("fresh328"),
        "fresh329_goal_correct": rate("fresh329"),
        "fresh330_goal_correct": rate("fresh330"),
        "fresh331_goal_correct": rate("fresh331"),
        "fresh332_goal_correct": rate("fresh332"),
        "fresh333_goal_correct": rate("fresh333"),
        "fresh334_goal_correct": rate("fresh334"),
        "fresh335_goal_correct": rate("fresh335"),
        "fresh336_goal_correct": rate("fresh336"),
        "fresh337_goal_correct": rate("fresh337"),
        "fresh338_goal_correct": rate("fresh338"),
        "fresh339_goal_correct": rate("fresh339"),
        "fresh340_goal_correct": rate("fresh340"),
        "fresh341_goal_correct": rate("fresh341"),
        "fresh342_goal_correct": rate("fresh342"),
        "fresh343_goal_correct": rate("fresh343"),
        "fresh344_goal_correct": rate("fresh344"),
        "fresh345_goal_correct": rate("fresh345"),
        "fresh346_goal_correct": rate("fresh346"),
        "fresh347_goal_correct": rate("fresh347"),
        "fresh348_goal_correct": rate("fresh348"),
        "fresh349_goal_correct": rate("fresh349"),
        "fresh350_goal_correct": rate("fresh350"),
        "fresh351_goal_correct": rate("fresh351"),
        "fresh352_goal_correct": rate("fresh352"),
        "fresh353_goal_correct": rate("fresh353"),
        "fresh354_goal_correct": rate("fresh354"),
        "fresh355_goal_correct": rate("fresh355"),
        "fresh356_goal_correct": rate("fresh356"),
        "dev_goal_correct": round(sum(tally[d]["correct"] for d in DEV_SPLITS) / dev_n, 4) if (dev_n := sum(tally[d]["n"] for d in
                                                                                                      DEV_SPLITS)) else None,
        "tuned_goal_correct": rate("tuned"),
        "per_category": {k.split(":", 1)[1]: {"n": t["n"], "goal_correct": rate(k), "wrong_action": rate(k, "wrong")}
                         for k, t in sorted(tally.items()) if k.startswith("category:")},
        "misses": misses,
    }
