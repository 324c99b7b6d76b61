export interface paths {
    "/lcs/bulk/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Bulk change
         * @description Update items in bulk
         */
        put: operations["bulkUpdateItems"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/dpd/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get servicepoints
         * @description Return DPD's servicepoints
         */
        get: operations["searchDPDServicePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/dpd/points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get servicepoint
         * @description Return a DPD servicepoint by ID
         */
        get: operations["getDPDParcelPoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of handling lists
         * @description Returns a list of handling lists
         */
        get: operations["listHandlingLists"];
        put?: never;
        /**
         * Create handling list
         * @description Add a new handling list
         */
        post: operations["createHandlingList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/lists/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search a set of lists
         * @description Search for a set of lists
         */
        post: operations["searchLists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a handling list
         * @description Returns a handling list
         */
        get: operations["viewHandlingList"];
        put?: never;
        post?: never;
        /**
         * Delete a handling list
         * @description Delete a handling list
         */
        delete: operations["deleteHandlingList"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/lists/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a handling list's items
         * @description Update items' state on a handling list
         */
        put: operations["updateHandlingListItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/lists/{id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a handling list state
         * @description Update state of an handling list
         */
        put: operations["updateListState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of fulfilment locations
         * @description Returns a list of fulfilment locations
         */
        get: operations["listFulfilmentLocations"];
        put?: never;
        /**
         * Add a new fulfilment location
         * @description Create a new fulfilment location
         */
        post: operations["createFulfilmentLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a fulfilment location
         * @description Returns a fulfilment location
         */
        get: operations["getFulfilmentLocation"];
        /**
         * Update fulfilment location
         * @description Updates a location
         */
        put: operations["updateFulfilmentLocation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/locations/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of positions within a fulfilment location
         * @description Returns a list of fulfilment locations
         */
        get: operations["listPositions"];
        /**
         * Reorder the positions within a location
         * @description Updates the position order for a location
         */
        put: operations["updatePositionOrder"];
        post?: never;
        /**
         * Reorder the positions within a location
         * @description Updates the position order for a location
         */
        delete: operations["deletePositions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/locations/{id}/positions/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search a set of positions
         * @description Searches a set of positions based on sku's
         */
        post: operations["searchPositions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/locations/{id}/positions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View position
         * @description Returns a single positino
         */
        get: operations["viewPosition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/locations/{id}/skus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of sku's that are listed for the fulfilment location
         * @description Returns a list of fulfilment locations
         */
        get: operations["listLocationSkus"];
        /**
         * Update one or more sku's for the location
         * @description Updates the position order for a location
         */
        put: operations["upsertLocationSkus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List methods
         * @description List all methods
         */
        get: operations["listMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/methods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get method
         * @description List all methods
         */
        get: operations["getShippingMethod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/parcels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List parcels
         * @description List all parcels
         */
        get: operations["listParcels"];
        put?: never;
        /**
         * Create parcel
         * @description Add a new parcel to the list
         */
        post: operations["createParcel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/parcels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View parcel
         * @description Get a single parcel
         */
        get: operations["getParcel"];
        /**
         * Update a parcel
         * @description Update the parcel parameters
         */
        put: operations["updateParcel"];
        post?: never;
        /**
         * Remove a parcel
         * @description Remove a parcel
         */
        delete: operations["removeParcel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/parcels/{id}/finished": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark finished
         * @description Mark parcel as finished
         */
        put: operations["setParcelFinished"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/parcels/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add items to parcel
         * @description Add items to a parcel
         */
        post: operations["addToParcel"];
        /**
         * Remove items from parcel
         * @description Remove items from parcel
         */
        delete: operations["removeFromParcel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/parcels/{id}/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request label
         * @description Requests a label for the parcel
         */
        post: operations["requestLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/parcels/{id}/slip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request slip
         * @description Requests packing slip
         */
        post: operations["requestSlip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/parcels/{id}/transit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark transit
         * @description Mark parcel as in-transit
         */
        put: operations["setParcelInTransit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/points/{carrier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service points
         * @description List all service points
         */
        get: operations["listServicePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/points/{carrier}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a service point
         * @description Returns a single service
         */
        get: operations["getServicePoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/search/lists/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List items
         * @description Search items on handling list
         */
        post: operations["searchHandlingListItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/search/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search a fulfilment location
         * @description Search for a set of fulfilment locations
         */
        post: operations["searchLocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/search/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search shipment methods
         * @description Search for shipment methods
         */
        post: operations["searchShipmentMethods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/search/parcels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search a parcel
         * @description Search for a set of parcels
         */
        post: operations["searchParcels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/search/parcels/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List items
         * @description Search parcel items
         */
        post: operations["searchParcelItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/search/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search a shipment
         * @description Search for a set of shipments
         */
        post: operations["searchShipments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/search/shipments/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List items
         * @description List items on handling list
         */
        post: operations["listListItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List shipments
         * @description Get a list of shipments
         */
        get: operations["listShipments"];
        put?: never;
        /**
         * Create shipment
         * @description Add a new shipment to the list
         */
        post: operations["createShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a single shipment
         * @description Returns a single shipment
         */
        get: operations["viewShipment"];
        /**
         * Update a shipment
         * @description Update the shipment method or addressing
         */
        put: operations["updateShipment"];
        post?: never;
        /**
         * Cancel shipment
         * @description Cancel a shipment
         */
        delete: operations["cancelShipment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/shipments/{id}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invoice shipment
         * @description Manually trigger an invoice
         */
        post: operations["triggerShipmentInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/shipments/{id}/items/backorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a shipment's backorder items
         * @description Update the shipment's items that are backorder
         */
        put: operations["updateShipmentBackorders"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/shipments/{id}/items/missing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set missing
         * @description Update items that are missing
         */
        put: operations["updateShipmentItemMissing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/shipments/{id}/items/overage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a shipment's overage
         * @description Update items that were not expected
         */
        put: operations["updateShipmentOverage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcs/shipments/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Refresh positions
         * @description Refresh a shipment's positions to the latest known defaults
         */
        put: operations["updateShipmentPositions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddToParcelResponse: {
            /** @example 12 */
            success?: number;
            /** @example 0 */
            failed?: number;
        };
        BulkUpdateItemsBody: {
            /** @example set_parameters */
            command?: string;
            /**
             * @description possible keys are: [position], [parcel_id], [is_handled], [is_finished], [is_missing], [lot_number] [expires_at]
             * @example {
             *       "is_handled": true
             *     }
             */
            parameters?: Record<string, unknown>;
            constraints?: components["schemas"]["LcsItemSearchConstraint"][];
        };
        DeletePositionsBody: string[];
        DeletePositionsResponse: {
            /** @example 1 */
            success?: number;
        };
        Error: {
            code?: number;
            message?: string;
            reference?: string;
            errors?: {
                [key: string]: string[];
            };
        };
        LcsAddress: {
            /** @description Two letter country code */
            country_code?: string;
            /** @description The state or province name or abbreviation (optional) */
            administrative_area?: string;
            /** @description City */
            locality?: string;
            /** @description Additional information about the locality (optional) */
            dependent_locality?: string;
            /** @description The complete postal code for the delivery point */
            postal_code?: string;
            /** @description Allow sorting, for example to route mail (optional) */
            sorting_code?: string;
            /** @description The first address line */
            address_line_1?: string;
            /** @description The second address line (optional) */
            address_line_2?: string;
            thoroughfare?: string;
            premise_number?: number;
            premise_number_suffix?: string;
            /** @description The name of the recipient, firm, or company at this address (optional) */
            organisation?: string;
            /** @description First name */
            given_name?: string;
            /** @description Patronymic */
            additional_name?: string;
            /** @description Last name */
            family_name?: string;
        };
        LcsCountry: {
            code?: string;
            amount?: number;
        };
        LcsDPDServicePoint: {
            parcelShopId?: number;
            pudoId?: string;
            company?: string;
            street?: string;
            houseNo?: string;
            country?: string;
            countryNum?: number;
            zipCode?: string;
            city?: string;
            town?: string;
            phone?: string;
            fax?: string;
            email?: string;
            homepage?: string;
            latitude?: number;
            longitude?: number;
            coordinateX?: number;
            coordinateY?: number;
            coordinateZ?: number;
            distance?: number;
            expressPickupTime?: string;
            extraInfo?: string;
            openingHours?: {
                weekday?: string;
                openMorning?: string;
                closeMorning?: string;
                closeAfternoon?: string;
                openAfternoon?: string;
            }[];
            services?: Record<string, unknown>[];
        };
        LcsDPDServicePointResponse: {
            parcelShop?: components["schemas"]["LcsDPDServicePoint"][];
        };
        LcsFulfilmentLocation: {
            id?: string;
            name?: string;
            /** Format: uuid */
            reference?: string;
            address_id?: string;
            is_disabled?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        LcsFulfilmentLocationModel: {
            name?: string;
            address_id?: string;
            /** @default false */
            is_disabled: boolean;
        };
        LcsGroupedShipmentItem: {
            ids?: string[];
            sku?: string;
            quantity?: number;
            hs_code?: string;
            description?: string;
            references?: components["schemas"]["LcsShipmentItemModelReferences"][];
            lists?: components["schemas"]["LcsGroupedShipmentItemLists"][];
            parcels?: components["schemas"]["LcsGroupedShipmentItemLists"][];
            positions?: components["schemas"]["LcsGroupedShipmentItemPositions"][];
            handled_ids?: string[];
            boxed_ids?: string[];
            listed_ids?: string[];
            finished_ids?: string[];
            missing_ids?: string[];
            /** Format: uuid */
            shipment_id?: string;
            totals?: components["schemas"]["LcsGroupedShipmentItemTotals"];
        };
        LcsGroupedShipmentItemLists: {
            /** Format: uuid */
            id?: string;
            item_ids?: string[];
        };
        LcsGroupedShipmentItemPositions: {
            /** Format: uuid */
            code?: string;
            item_ids?: string[];
        };
        LcsGroupedShipmentItemTotals: {
            boxed?: number;
            handled?: number;
            finished?: number;
            missing?: number;
            listed?: number;
        };
        LcsHandlingList: {
            id?: string;
            number?: string;
            sub?: string;
            location_id?: string;
            shipments?: string[];
            is_outbound?: boolean;
            is_in_progress?: boolean;
            is_on_hold?: boolean;
            is_cancelled?: boolean;
            is_finished?: boolean;
            /** Format: date-time */
            started_at?: string;
            /** Format: date-time */
            finished_at?: string;
            /** Format: date-time */
            due_at?: string;
            items?: components["schemas"]["LcsHandlingListItem"][];
            sorting_labels?: components["schemas"]["LcsHandlingListSortingLabels"][];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        LcsHandlingListItem: {
            ids?: string[];
            handled_ids?: string[];
            shipment_id?: string;
            sku?: string;
            description?: string;
            position?: string;
            quantity?: number;
            sorting_label?: string;
            rank?: number;
        };
        LcsHandlingListItemUpdate: {
            id?: string;
            is_handled?: boolean;
            is_serviced?: boolean;
            is_finished?: boolean;
            position?: string;
            lot_number?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        LcsHandlingListResponse: {
            id?: string;
            sub?: string;
            shipments?: string[];
            location_id?: string;
            is_outbound?: boolean;
            is_assigned?: boolean;
            is_in_progress?: boolean;
            is_on_hold?: boolean;
            is_finished?: boolean;
            /** Format: date-time */
            started_at?: string;
            /** Format: date-time */
            finished_at?: string;
            /** Format: date-time */
            due_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        LcsHandlingListSortingLabels: {
            /** Format: uuid */
            shipment_id?: string;
            label?: string;
        };
        LcsHandlingListUpdate: {
            is_on_hold?: boolean;
            sub?: string;
        };
        LcsHandlingModel: {
            shipments?: components["schemas"]["LcsHandlingModelShipments"][];
            /** Format: date-time */
            due_at?: string;
        };
        LcsHandlingModelShipments: {
            /** Format: uuid */
            id?: string;
            label?: string;
        };
        LcsItemSearch: {
            constraints?: components["schemas"]["LcsItemSearchConstraint"][];
        };
        LcsItemSearchConstraint: {
            /** @enum {string} */
            key?: "ids" | "skus" | "position" | "is_listed" | "is_missing" | "is_in_transit" | "is_boxed" | "is_finished" | "is_labeled" | "is_serviced" | "is_handled" | "is_outbound" | "list_ids" | "parcel_ids" | "shipment_ids";
            /** @example in */
            operator?: string;
            value?: string[];
        };
        LcsListSearch: {
            constraints?: components["schemas"]["LcsListSearchConstraint"][];
        };
        LcsListSearchConstraint: {
            /** @enum {string} */
            key?: "ids" | "sub" | "location_id" | "is_on_hold" | "is_in_progress" | "is_finished" | "is_assigned";
            /** @example in */
            operator?: string;
            values?: string[];
        };
        LcsListedHandlingList: {
            id?: string;
            number?: string;
            sub?: string;
            location_id?: string;
            shipments?: string[];
            is_outbound?: boolean;
            is_in_progress?: boolean;
            is_on_hold?: boolean;
            is_cancelled?: boolean;
            is_finished?: boolean;
            /** Format: date-time */
            started_at?: string;
            /** Format: date-time */
            finished_at?: string;
            /** Format: date-time */
            due_at?: string;
            items?: components["schemas"]["LcsShipmentItem"][];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        LcsListedShipment: {
            id?: string;
            number?: string;
            /** @enum {string} */
            type?: "delivery" | "collect" | "internal";
            method_id?: string;
            contact_id?: string;
            /** Format: uuid */
            channel_id?: string;
            addressing?: components["schemas"]["LcsListedShipmentAddressing"];
            /** Format: date-time */
            ship_at?: string;
            /** Format: date-time */
            estimated_ship_at?: string;
            /** Format: date-time */
            expected_at?: string;
            stack_id?: string;
            is_editable?: boolean;
            is_outbound?: boolean;
            is_listed?: boolean;
            is_finished?: boolean;
            is_in_transit?: boolean;
            is_complete?: boolean;
            is_overcomplete?: boolean;
            is_canceled?: boolean;
            secret?: string;
            prior_shipments?: string[];
            list_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        LcsListedShipmentAddressing: {
            to?: components["schemas"]["LcsShipmentAddressing"];
            from?: components["schemas"]["LcsShipmentAddressing"];
        };
        LcsLocationPosition: {
            code?: string;
            sorting?: number;
            skus?: components["schemas"]["LcsLocationSku"][];
            /** Format: date-time */
            created_at?: string;
        };
        LcsLocationSearch: {
            constraints?: components["schemas"]["LcsLocationSearchConstraint"][];
        };
        LcsLocationSearchConstraint: {
            /** @example ids */
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        LcsLocationSku: {
            sku?: string;
            position?: string;
            /** Format: date-time */
            created_at?: string;
        };
        LcsMethod: {
            id?: string;
            carrier_code?: string;
            name?: string;
            label?: string;
            description?: string;
            max_weight?: number;
            countries?: components["schemas"]["LcsCountry"][];
            /** @enum {string} */
            delivery_during?: "daytime" | "morning" | "afternoon" | "evening";
            /** @default false */
            is_configured: boolean;
            is_same_day?: boolean;
            is_sunday?: boolean;
            is_carrier_location?: boolean;
            is_neighbour_allowed?: boolean;
            provider_method_id?: string;
            /** @enum {string} */
            provider?: "sendcloud" | "default";
            /** @default false */
            is_enabled: boolean;
            /** @default 100 */
            priority: number;
        };
        LcsParcel: {
            id?: string;
            number?: string;
            weight?: number;
            length?: number;
            width?: number;
            height?: number;
            tracking_code?: string;
            tracking_url?: string;
            position?: string;
            label?: components["schemas"]["LcsParcelLabel"];
            /** Format: uuid */
            shipment_id?: string;
            count?: number;
            items?: components["schemas"]["LcsParcelItem"][];
            is_in_transit?: boolean;
            is_delivered?: boolean;
            is_outbound?: boolean;
            is_finished?: boolean;
            file_id?: string;
            /** Format: date-time */
            ship_at?: string;
            /** Format: date-time */
            in_transit_at?: string;
            /** Format: date-time */
            finished_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        LcsParcelCreateModel: {
            shipment_id?: string;
            weight?: number;
            length?: number;
            width?: number;
            height?: number;
            tracking_code?: string;
            tracking_url?: string;
            item_ids?: string[];
        };
        LcsParcelItem: {
            /** Format: uuid */
            id?: string;
            sku?: string;
            quantity?: number;
            description?: string;
        };
        LcsParcelLabel: {
            file_id?: string;
            reference?: string;
            label_text?: string;
            /** Format: date-time */
            requested_at?: string;
        };
        LcsParcelModel: {
            weight?: number;
            length?: number;
            width?: number;
            height?: number;
            /** Format: date-time */
            ship_at?: string;
            tracking_code?: string;
            tracking_url?: string;
            position?: string;
        };
        LcsParcelSearch: {
            constraints?: components["schemas"]["LcsParcelSearchConstraint"][];
        };
        LcsParcelSearchConstraint: {
            /** @enum {string} */
            key?: "ids" | "is_delivered";
            /** @example in */
            operator?: string;
            values?: string[];
        };
        LcsPlace: {
            ids?: string[];
        };
        LcsPoint: {
            id?: string;
            name?: string;
            carrier?: string;
            /** Format: double */
            latitude?: number;
            /** Format: double */
            longitude?: number;
            address?: components["schemas"]["LcsAddress"];
            openings?: components["schemas"]["LcsPointOpenings"][];
        };
        LcsPointOpenings: {
            weekday?: number;
            windows?: components["schemas"]["LcsPointOpeningsWindows"][];
        };
        LcsPointOpeningsWindows: {
            start?: string;
            end?: string;
        };
        LcsPoints: {
            distance?: number;
            point?: components["schemas"]["LcsPoint"];
        }[];
        LcsServiceOption: {
            /** @example giftwrap */
            option?: string;
            configuration?: components["schemas"]["LcsServiceOptionConfiguration"][];
        };
        LcsServiceOptionConfiguration: {
            /** @example packing_paper */
            key?: string;
            value?: string;
        };
        LcsShipment: {
            id?: string;
            number?: string;
            /** @enum {string} */
            type?: "delivery" | "collect" | "internal";
            method_id?: string;
            contact_id?: string;
            /** Format: uuid */
            channel_id?: string;
            order_id?: string;
            addressing?: components["schemas"]["LcsListedShipmentAddressing"];
            /** Format: date-time */
            ship_at?: string;
            /** Format: date-time */
            estimated_ship_at?: string;
            /** Format: date-time */
            expected_at?: string;
            stack_id?: string;
            is_editable?: boolean;
            is_outbound?: boolean;
            is_labeled?: boolean;
            is_serviced?: boolean;
            /** @description False in case listed items does not match packaged items */
            is_complete?: boolean;
            is_overcomplete?: boolean;
            is_boxed?: boolean;
            /** @description True in case shipment was picked (outbound) or sorted (inbound) */
            is_handled?: boolean;
            /** @description True whe shipment is placed on handling list */
            is_listed?: boolean;
            /** @description True in case no further actions are required for this shipment */
            is_finished?: boolean;
            /** @description If true, items are beeing shipped and have not yet arrived */
            is_in_transit?: boolean;
            is_canceled?: boolean;
            items?: components["schemas"]["LcsShipmentItem"][];
            backorders?: components["schemas"]["LcsShipmentItemCorrection"][];
            overage?: components["schemas"]["LcsShipmentItemCorrection"][];
            parcels?: components["schemas"]["LcsParcel"][];
            secret?: string;
            prior_shipments?: string[];
            list_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        LcsShipmentAddressing: {
            /** @enum {string} */
            entity_type?: "address" | "location";
            entity_id?: string;
            carrier?: components["schemas"]["LcsShipmentAddressingCarrier"];
        };
        LcsShipmentAddressingCarrier: {
            is_carrier_location?: boolean;
            carrier_location_reference?: string;
        };
        LcsShipmentItem: {
            id?: string;
            reference?: string;
            sku?: string;
            position?: string;
            /** Format: uuid */
            order_item_id?: string;
            /** Format: uuid */
            claim_item_id?: string;
            description?: string;
            is_listed?: boolean;
            is_handled?: boolean;
            is_boxed?: boolean;
            is_in_transit?: boolean;
            is_finished?: boolean;
            is_missing?: boolean;
            hs_code?: string;
            service?: components["schemas"]["LcsServiceOption"][];
        };
        LcsShipmentItemCorrection: {
            sku?: string;
            quantity?: number;
            description?: string;
            position?: string;
        };
        LcsShipmentItemMissing: {
            /** Format: uuid */
            id?: string;
            is_missing?: boolean;
        };
        LcsShipmentItemModel: {
            sku?: string;
            reference?: string;
            position?: string;
            quantity?: number;
            description?: string;
            hs_code?: string;
            service?: components["schemas"]["LcsServiceOption"][];
            references?: components["schemas"]["LcsShipmentItemModelReferences"][];
        };
        LcsShipmentItemModelReferences: {
            /** Format: uuid */
            order_item_id?: string;
            /** Format: uuid */
            claim_item_id?: string;
        };
        LcsShipmentMethodSearch: {
            constraints?: components["schemas"]["LcsShipmentMethodSearchConstraint"][];
        };
        LcsShipmentMethodSearchConstraint: {
            /** @example ids */
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        LcsShipmentModel: {
            addressing?: components["schemas"]["LcsShipmentUpdateModelAddressing"];
            is_outbound?: boolean;
            /** @enum {string} */
            type?: "delivery" | "collect" | "internal";
            items?: components["schemas"]["LcsShipmentItemModel"][];
            backorders?: components["schemas"]["LcsShipmentItemCorrection"][];
            overage?: components["schemas"]["LcsShipmentItemCorrection"][];
            /** Format: date-time */
            expected_at?: string;
            /** Format: date-time */
            ship_at?: string;
            /** Format: date-time */
            estimated_ship_at?: string;
            method_id?: string;
            contact_id?: string;
            /** Format: uuid */
            channel_id?: string;
            order_id?: string;
            prior_shipments?: string[];
        };
        LcsShipmentSearch: {
            constraints?: components["schemas"]["LcsShipmentSearchConstraint"][];
        };
        LcsShipmentSearchConstraint: {
            /** @enum {string} */
            key?: "ids" | "secret" | "is_outbound" | "from_id" | "from_type" | "to_id" | "to_type" | "prior_ids";
            /** @example in */
            operator?: string;
            value?: string[];
        };
        LcsShipmentUpdateModel: {
            /** @enum {string} */
            type?: "delivery" | "collect" | "internal";
            method_id?: string;
            addressing?: components["schemas"]["LcsShipmentUpdateModelAddressing"];
            prior_shipments?: string[];
            /** Format: date-time */
            expected_at?: string;
            /** Format: date-time */
            ship_at?: string;
        };
        LcsShipmentUpdateModelAddressing: {
            to?: components["schemas"]["LcsShipmentAddressing"];
            from?: components["schemas"]["LcsShipmentAddressing"];
        };
        RemoveFromParcelResponse: {
            /** @example 12 */
            success?: number;
            /** @example 0 */
            failed?: number;
        };
        SearchPositionsBody: string[];
        UpdatePositionOrderBody: string[];
        UpdatePositionOrderResponse: {
            /** @example 1 */
            success?: number;
        };
        UpsertLocationSkusResponse: {
            /** @example 12 */
            success?: number;
            /** @example 0 */
            failed?: number;
        };
    };
    responses: {
        /** @description Bad Request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Forbidden */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal Server Error */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not Found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Service Unavailable */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
        XPage: string;
        /** @description The requested page size. */
        XPageSize: number;
    };
    requestBodies: never;
    headers: {
        /** @description The pagination cursor; send it as the x-page request header to get the next page. */
        XPage: string;
        /** @description Total item count. */
        XCount: number;
        /** @description Reference to the backend task. */
        XTaskId: string;
    };
    pathItems: never;
}
export type SchemaAddToParcelResponse = components['schemas']['AddToParcelResponse'];
export type SchemaBulkUpdateItemsBody = components['schemas']['BulkUpdateItemsBody'];
export type SchemaDeletePositionsBody = components['schemas']['DeletePositionsBody'];
export type SchemaDeletePositionsResponse = components['schemas']['DeletePositionsResponse'];
export type SchemaError = components['schemas']['Error'];
export type SchemaLcsAddress = components['schemas']['LcsAddress'];
export type SchemaLcsCountry = components['schemas']['LcsCountry'];
export type SchemaLcsDpdServicePoint = components['schemas']['LcsDPDServicePoint'];
export type SchemaLcsDpdServicePointResponse = components['schemas']['LcsDPDServicePointResponse'];
export type SchemaLcsFulfilmentLocation = components['schemas']['LcsFulfilmentLocation'];
export type SchemaLcsFulfilmentLocationModel = components['schemas']['LcsFulfilmentLocationModel'];
export type SchemaLcsGroupedShipmentItem = components['schemas']['LcsGroupedShipmentItem'];
export type SchemaLcsGroupedShipmentItemLists = components['schemas']['LcsGroupedShipmentItemLists'];
export type SchemaLcsGroupedShipmentItemPositions = components['schemas']['LcsGroupedShipmentItemPositions'];
export type SchemaLcsGroupedShipmentItemTotals = components['schemas']['LcsGroupedShipmentItemTotals'];
export type SchemaLcsHandlingList = components['schemas']['LcsHandlingList'];
export type SchemaLcsHandlingListItem = components['schemas']['LcsHandlingListItem'];
export type SchemaLcsHandlingListItemUpdate = components['schemas']['LcsHandlingListItemUpdate'];
export type SchemaLcsHandlingListResponse = components['schemas']['LcsHandlingListResponse'];
export type SchemaLcsHandlingListSortingLabels = components['schemas']['LcsHandlingListSortingLabels'];
export type SchemaLcsHandlingListUpdate = components['schemas']['LcsHandlingListUpdate'];
export type SchemaLcsHandlingModel = components['schemas']['LcsHandlingModel'];
export type SchemaLcsHandlingModelShipments = components['schemas']['LcsHandlingModelShipments'];
export type SchemaLcsItemSearch = components['schemas']['LcsItemSearch'];
export type SchemaLcsItemSearchConstraint = components['schemas']['LcsItemSearchConstraint'];
export type SchemaLcsListSearch = components['schemas']['LcsListSearch'];
export type SchemaLcsListSearchConstraint = components['schemas']['LcsListSearchConstraint'];
export type SchemaLcsListedHandlingList = components['schemas']['LcsListedHandlingList'];
export type SchemaLcsListedShipment = components['schemas']['LcsListedShipment'];
export type SchemaLcsListedShipmentAddressing = components['schemas']['LcsListedShipmentAddressing'];
export type SchemaLcsLocationPosition = components['schemas']['LcsLocationPosition'];
export type SchemaLcsLocationSearch = components['schemas']['LcsLocationSearch'];
export type SchemaLcsLocationSearchConstraint = components['schemas']['LcsLocationSearchConstraint'];
export type SchemaLcsLocationSku = components['schemas']['LcsLocationSku'];
export type SchemaLcsMethod = components['schemas']['LcsMethod'];
export type SchemaLcsParcel = components['schemas']['LcsParcel'];
export type SchemaLcsParcelCreateModel = components['schemas']['LcsParcelCreateModel'];
export type SchemaLcsParcelItem = components['schemas']['LcsParcelItem'];
export type SchemaLcsParcelLabel = components['schemas']['LcsParcelLabel'];
export type SchemaLcsParcelModel = components['schemas']['LcsParcelModel'];
export type SchemaLcsParcelSearch = components['schemas']['LcsParcelSearch'];
export type SchemaLcsParcelSearchConstraint = components['schemas']['LcsParcelSearchConstraint'];
export type SchemaLcsPlace = components['schemas']['LcsPlace'];
export type SchemaLcsPoint = components['schemas']['LcsPoint'];
export type SchemaLcsPointOpenings = components['schemas']['LcsPointOpenings'];
export type SchemaLcsPointOpeningsWindows = components['schemas']['LcsPointOpeningsWindows'];
export type SchemaLcsPoints = components['schemas']['LcsPoints'];
export type SchemaLcsServiceOption = components['schemas']['LcsServiceOption'];
export type SchemaLcsServiceOptionConfiguration = components['schemas']['LcsServiceOptionConfiguration'];
export type SchemaLcsShipment = components['schemas']['LcsShipment'];
export type SchemaLcsShipmentAddressing = components['schemas']['LcsShipmentAddressing'];
export type SchemaLcsShipmentAddressingCarrier = components['schemas']['LcsShipmentAddressingCarrier'];
export type SchemaLcsShipmentItem = components['schemas']['LcsShipmentItem'];
export type SchemaLcsShipmentItemCorrection = components['schemas']['LcsShipmentItemCorrection'];
export type SchemaLcsShipmentItemMissing = components['schemas']['LcsShipmentItemMissing'];
export type SchemaLcsShipmentItemModel = components['schemas']['LcsShipmentItemModel'];
export type SchemaLcsShipmentItemModelReferences = components['schemas']['LcsShipmentItemModelReferences'];
export type SchemaLcsShipmentMethodSearch = components['schemas']['LcsShipmentMethodSearch'];
export type SchemaLcsShipmentMethodSearchConstraint = components['schemas']['LcsShipmentMethodSearchConstraint'];
export type SchemaLcsShipmentModel = components['schemas']['LcsShipmentModel'];
export type SchemaLcsShipmentSearch = components['schemas']['LcsShipmentSearch'];
export type SchemaLcsShipmentSearchConstraint = components['schemas']['LcsShipmentSearchConstraint'];
export type SchemaLcsShipmentUpdateModel = components['schemas']['LcsShipmentUpdateModel'];
export type SchemaLcsShipmentUpdateModelAddressing = components['schemas']['LcsShipmentUpdateModelAddressing'];
export type SchemaRemoveFromParcelResponse = components['schemas']['RemoveFromParcelResponse'];
export type SchemaSearchPositionsBody = components['schemas']['SearchPositionsBody'];
export type SchemaUpdatePositionOrderBody = components['schemas']['UpdatePositionOrderBody'];
export type SchemaUpdatePositionOrderResponse = components['schemas']['UpdatePositionOrderResponse'];
export type SchemaUpsertLocationSkusResponse = components['schemas']['UpsertLocationSkusResponse'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterXPage = components['parameters']['XPage'];
export type ParameterXPageSize = components['parameters']['XPageSize'];
export type HeaderXPage = components['headers']['XPage'];
export type HeaderXCount = components['headers']['XCount'];
export type HeaderXTaskId = components['headers']['XTaskId'];
export type $defs = Record<string, never>;
export interface operations {
    bulkUpdateItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["BulkUpdateItemsBody"];
            };
        };
        responses: {
            /** @description Executed command succesfully */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchDPDServicePoints: {
        parameters: {
            query: {
                country_code: string;
                postal_code: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of types */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsDPDServicePointResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDPDParcelPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of types */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsDPDServicePointResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listHandlingLists: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Pick lists */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsListedHandlingList"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createHandlingList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsHandlingModel"];
            };
        };
        responses: {
            /** @description The newly created shipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsHandlingListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchLists: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsListSearch"];
            };
        };
        responses: {
            /** @description The search results */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsHandlingList"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    viewHandlingList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Detailed handling list view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsHandlingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteHandlingList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted handling list */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateHandlingListItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsHandlingListItemUpdate"][];
            };
        };
        responses: {
            /** @description Resulting success count */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateListState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsHandlingListUpdate"];
            };
        };
        responses: {
            /** @description Handling list state updated */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFulfilmentLocations: {
        parameters: {
            query?: {
                address_id?: string;
                is_disabled?: "1" | "0";
            };
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of locations */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsFulfilmentLocation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createFulfilmentLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsFulfilmentLocationModel"];
            };
        };
        responses: {
            /** @description The created location */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsFulfilmentLocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFulfilmentLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The location */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsFulfilmentLocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateFulfilmentLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsFulfilmentLocationModel"];
            };
        };
        responses: {
            /** @description The location */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsFulfilmentLocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPositions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of positions */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsLocationPosition"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePositionOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdatePositionOrderBody"];
            };
        };
        responses: {
            /** @description New list of positions */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePositionOrderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePositions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeletePositionsBody"];
            };
        };
        responses: {
            /** @description New list of positions */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletePositionsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchPositions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchPositionsBody"];
            };
        };
        responses: {
            /** @description List of positions */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsLocationSku"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    viewPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The position */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsLocationPosition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLocationSkus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of sku's */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsLocationSku"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    upsertLocationSkus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsLocationSku"][];
            };
        };
        responses: {
            /** @description New list of positions */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertLocationSkusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMethods: {
        parameters: {
            query?: {
                country_code?: string;
                channel_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of methods */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsMethod"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getShippingMethod: {
        parameters: {
            query?: {
                country_code?: string;
                channel_id?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of methods */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listParcels: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of parcels */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsParcel"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createParcel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsParcelCreateModel"];
            };
        };
        responses: {
            /** @description The newly created parcel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsParcel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested parcel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsParcel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsParcelModel"];
            };
        };
        responses: {
            /** @description Updated the parcel settings */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted the parcel */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setParcelFinished: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Updated the parcel state */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addToParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsPlace"];
            };
        };
        responses: {
            /** @description The updated parcel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddToParcelResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeFromParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsPlace"];
            };
        };
        responses: {
            /** @description The newly created parcel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveFromParcelResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    requestLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requesting a label */
            204: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    requestSlip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requesting a packing slip */
            204: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setParcelInTransit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Updated the parcel state */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listServicePoints: {
        parameters: {
            query: {
                country_code: string;
                postal_code: string;
                channel_id?: string;
            };
            header?: never;
            path: {
                carrier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of methods */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsPoints"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getServicePoint: {
        parameters: {
            query: {
                country_code: string;
                channel_id?: string;
            };
            header?: never;
            path: {
                carrier: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of methods */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsPoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchHandlingListItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsItemSearch"];
            };
        };
        responses: {
            /** @description Resulting success count */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsHandlingListItem"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchLocations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsLocationSearch"];
            };
        };
        responses: {
            /** @description The location set */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsFulfilmentLocation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchShipmentMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsShipmentMethodSearch"];
            };
        };
        responses: {
            /** @description Resulting success count */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsMethod"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchParcels: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsParcelSearch"];
            };
        };
        responses: {
            /** @description The parcel set */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsParcel"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchParcelItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsItemSearch"];
            };
        };
        responses: {
            /** @description Resulting success count */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsParcelItem"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchShipments: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsShipmentSearch"];
            };
        };
        responses: {
            /** @description The newly created shipment */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsListedShipment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listListItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsItemSearch"];
            };
        };
        responses: {
            /** @description Resulting success count */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsGroupedShipmentItem"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listShipments: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newly created shipment */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsListedShipment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createShipment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsShipmentModel"];
            };
        };
        responses: {
            /** @description The newly created shipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsShipment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    viewShipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Detailed shipment view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsShipment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateShipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsShipmentUpdateModel"];
            };
        };
        responses: {
            /** @description Detailed view for shipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsShipment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelShipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shipment canceled */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    triggerShipmentInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invoice requested */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateShipmentBackorders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsShipmentItemCorrection"][];
            };
        };
        responses: {
            /** @description Detailed view for shipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsShipment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateShipmentItemMissing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsShipmentItemMissing"][];
            };
        };
        responses: {
            /** @description Items updated */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateShipmentOverage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LcsShipmentItemCorrection"][];
            };
        };
        responses: {
            /** @description Detailed view for shipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LcsShipment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateShipmentPositions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Positions refreshed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
