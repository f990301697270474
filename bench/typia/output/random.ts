// @ts-nocheck
import * as __typia_transform__randomInteger from "typia/lib/internal/_randomInteger";
import * as __typia_transform__randomString from "typia/lib/internal/_randomString";
import * as __typia_transform__randomBoolean from "typia/lib/internal/_randomBoolean";
import * as __typia_transform__randomNumber from "typia/lib/internal/_randomNumber";
import * as __typia_transform__randomPick from "typia/lib/internal/_randomPick";
import * as __typia_transform__randomArray from "typia/lib/internal/_randomArray";
import type * as S from "../../shapes/types.js";
export const Flat = (() => { const _ro0 = (_recursive: boolean = false, _depth: number = 0): any => ({
    id: (_generator?.integer ?? __typia_transform__randomInteger._randomInteger)({
        type: "integer"
    }),
    name: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    active: (_generator?.boolean ?? __typia_transform__randomBoolean._randomBoolean)(),
    score: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    }),
    count: (_generator?.integer ?? __typia_transform__randomInteger._randomInteger)({
        type: "integer"
    }),
    code: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    level: __typia_transform__randomPick._randomPick([
        () => "low",
        () => "mid",
        () => "high"
    ])(),
    ratio: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    }),
    flag: (_generator?.boolean ?? __typia_transform__randomBoolean._randomBoolean)()
}); let _generator: Partial<import("typia").IRandomGenerator> | undefined; return (generator?: Partial<import("typia").IRandomGenerator>): import("typia").Resolved<S.Flat> => {
    _generator = generator;
    return _ro0();
}; })();
export const Nested = (() => { const _ro0 = (_recursive: boolean = false, _depth: number = 0): any => ({
    id: (_generator?.integer ?? __typia_transform__randomInteger._randomInteger)({
        type: "integer"
    }),
    customer: _ro1(_recursive, _recursive ? 1 + _depth : _depth),
    items: (_generator?.array ?? __typia_transform__randomArray._randomArray)({
        type: "array",
        minItems: 12,
        maxItems: 22,
        element: () => _ro3(_recursive, _recursive ? 1 + _depth : _depth)
    }),
    note: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    })
}); const _ro1 = (_recursive: boolean = false, _depth: number = 0): any => ({
    name: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    email: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    address: _ro2(_recursive, _recursive ? 1 + _depth : _depth)
}); const _ro2 = (_recursive: boolean = false, _depth: number = 0): any => ({
    street: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    city: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    zip: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    })
}); const _ro3 = (_recursive: boolean = false, _depth: number = 0): any => ({
    sku: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    qty: (_generator?.integer ?? __typia_transform__randomInteger._randomInteger)({
        type: "integer"
    }),
    price: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    }),
    tags: (_generator?.array ?? __typia_transform__randomArray._randomArray)({
        type: "array",
        maxItems: 3,
        element: () => (_generator?.string ?? __typia_transform__randomString._randomString)({
            type: "string",
            minLength: 0,
            maxLength: 16
        })
    })
}); let _generator: Partial<import("typia").IRandomGenerator> | undefined; return (generator?: Partial<import("typia").IRandomGenerator>): import("typia").Resolved<S.Nested> => {
    _generator = generator;
    return _ro0();
}; })();
export const Tree = (() => { const _ro0 = (_recursive: boolean = true, _depth: number = 0): any => ({
    id: (_generator?.integer ?? __typia_transform__randomInteger._randomInteger)({
        type: "integer"
    }),
    label: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    children: 5 >= _depth ? (_generator?.array ?? __typia_transform__randomArray._randomArray)({
        type: "array",
        maxItems: 5,
        element: () => _ro0(true, _recursive ? 1 + _depth : _depth)
    }) : []
}); let _generator: Partial<import("typia").IRandomGenerator> | undefined; return (generator?: Partial<import("typia").IRandomGenerator>): import("typia").Resolved<S.Tree> => {
    _generator = generator;
    return _ro0();
}; })();
export const Json = (() => { const _ro0 = (_recursive: boolean = true, _depth: number = 0): any => ({
    ...Object.fromEntries(5 >= _depth ? (_generator?.array ?? __typia_transform__randomArray._randomArray)({
        type: "array",
        element: () => [
            (_generator?.string ?? __typia_transform__randomString._randomString)({
                type: "string"
            }),
            __typia_transform__randomPick._randomPick([
                () => null,
                () => (_generator?.string ?? __typia_transform__randomString._randomString)({
                    type: "string"
                }),
                () => (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
                    type: "number"
                }),
                () => (_generator?.boolean ?? __typia_transform__randomBoolean._randomBoolean)(),
                () => _ra0({
                    $ref: "#/components/schemas/Array<Json>"
                }),
                () => _ro0(true, _recursive ? 1 + _depth : _depth)
            ])()
        ]
    }) : [])
}); const _ra0 = (_schema: boolean, _recursive: boolean = true, _depth: number = 0): any => 5 >= _depth ? (_generator?.array ?? __typia_transform__randomArray._randomArray)({
    ..._schema,
    element: () => __typia_transform__randomPick._randomPick([
        () => null,
        () => (_generator?.string ?? __typia_transform__randomString._randomString)({
            type: "string"
        }),
        () => (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
            type: "number"
        }),
        () => (_generator?.boolean ?? __typia_transform__randomBoolean._randomBoolean)(),
        () => _ra0({
            $ref: "#/components/schemas/Array<Json>"
        }),
        () => _ro0(true, _recursive ? 1 + _depth : _depth)
    ])()
}) : []; let _generator: Partial<import("typia").IRandomGenerator> | undefined; return (generator?: Partial<import("typia").IRandomGenerator>): import("typia").Resolved<S.Json> => {
    _generator = generator;
    return __typia_transform__randomPick._randomPick([
        () => null,
        () => (_generator?.string ?? __typia_transform__randomString._randomString)({
            type: "string"
        }),
        () => (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
            type: "number"
        }),
        () => (_generator?.boolean ?? __typia_transform__randomBoolean._randomBoolean)(),
        () => _ra0({
            $ref: "#/components/schemas/Array<Json>"
        }),
        () => _ro0()
    ])();
}; })();
export const Union = (() => { const _ro0 = (_recursive: boolean = false, _depth: number = 0): any => ({
    type: "circle",
    x: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    }),
    y: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    }),
    r: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    })
}); const _ro1 = (_recursive: boolean = false, _depth: number = 0): any => ({
    type: "rect",
    x: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    }),
    y: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    }),
    w: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    }),
    h: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    })
}); const _ro2 = (_recursive: boolean = false, _depth: number = 0): any => ({
    type: "text",
    x: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    }),
    y: (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
        type: "number"
    }),
    text: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    size: (_generator?.integer ?? __typia_transform__randomInteger._randomInteger)({
        type: "integer"
    })
}); const _ro3 = (_recursive: boolean = false, _depth: number = 0): any => ({
    type: "line",
    from: [
        (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
            type: "number"
        }),
        (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
            type: "number"
        })
    ],
    to: [
        (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
            type: "number"
        }),
        (_generator?.number ?? __typia_transform__randomNumber._randomNumber)({
            type: "number"
        })
    ],
    dashed: (_generator?.boolean ?? __typia_transform__randomBoolean._randomBoolean)()
}); const _ro4 = (_recursive: boolean = false, _depth: number = 0): any => ({
    type: "group",
    name: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    count: (_generator?.integer ?? __typia_transform__randomInteger._randomInteger)({
        type: "integer"
    }),
    hidden: (_generator?.boolean ?? __typia_transform__randomBoolean._randomBoolean)()
}); let _generator: Partial<import("typia").IRandomGenerator> | undefined; return (generator?: Partial<import("typia").IRandomGenerator>): import("typia").Resolved<S.Union> => {
    _generator = generator;
    return __typia_transform__randomPick._randomPick([
        () => _ro0(),
        () => _ro1(),
        () => _ro2(),
        () => _ro3(),
        () => _ro4()
    ])();
}; })();
export const Strings = (() => { const _ro0 = (_recursive: boolean = false, _depth: number = 0): any => ({
    title: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        maxLength: 40
    }),
    body: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        maxLength: 200
    }),
    author: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    slug: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    lang: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        minLength: 0,
        maxLength: 16
    }),
    summary: (_generator?.string ?? __typia_transform__randomString._randomString)({
        type: "string",
        maxLength: 80
    }),
    keywords: (_generator?.array ?? __typia_transform__randomArray._randomArray)({
        type: "array",
        maxItems: 6,
        element: () => (_generator?.string ?? __typia_transform__randomString._randomString)({
            type: "string",
            minLength: 0,
            maxLength: 16
        })
    })
}); let _generator: Partial<import("typia").IRandomGenerator> | undefined; return (generator?: Partial<import("typia").IRandomGenerator>): import("typia").Resolved<S.Strings> => {
    _generator = generator;
    return _ro0();
}; })();
