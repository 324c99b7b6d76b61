export interface paths {
    "/wms/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of claims
         * @description Get a claim and it's status
         */
        get: operations["getClaims"];
        put?: never;
        /**
         * Create a claim
         * @description Create an optimized set of claims
         */
        post: operations["createClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a claim
         * @description Get a claim and it's status
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        /**
         * Remove attached items
         * @description Create an optimized set of claims
         */
        delete: operations["removeClaimItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/claims/{id}/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Attach items to a claim
         * @description Create an optimized set of claims
         */
        put: operations["attachItemsToClaim"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/claims/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancels the claim
         * @description cancelClaim
         */
        post: operations["cancelClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/claims/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Confirm the claim
         * @description Confirm a reservation claim and make it an actual claim
         */
        put: operations["confirmClaim"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/claims/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Extend the claim
         * @description Extend the time the inventory is claimed
         */
        put: operations["extendClaim"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/claims/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a claim
         * @description Get a claim and it's status
         */
        get: operations["getClaimItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/claims/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get claim status
         * @description returns the claim status
         */
        get: operations["claimIsCancable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/duration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the real time duration of a route
         * @description returns a real time calculation for the route
         */
        post: operations["getDurationForRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/hops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of hops
         * @description List all hops
         */
        get: operations["listHops"];
        /**
         * Update the applied schedules on a hop
         * @description update the applied schedules
         */
        put: operations["updateHopSchedules"];
        /**
         * Create a new hop
         * @description Add an hop
         */
        post: operations["createHop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/hops/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a hop
         * @description Get a hop
         */
        get: operations["getHop"];
        put?: never;
        post?: never;
        /**
         * Mark a hop as deleted
         * @description Mark a hop as deleted
         */
        delete: operations["deleteHop"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of warehouse items
         * @description Get a list of warehouse items
         */
        get: operations["getInventoryItems"];
        /**
         * Set the absolute stock at a warehouse
         * @description Get a list of inventory summaries
         */
        put: operations["setInventory"];
        /**
         * Search a inventory summary
         * @description Get a list of inventory summaries
         */
        post: operations["searchInventorySummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/inventory/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a warehouse item
         * @description Create an optimized set of claims
         */
        get: operations["getInventoryItem"];
        /**
         * Update a warehouse item
         * @description Update the warehouse item
         */
        put: operations["updateItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of locations
         * @description List existing locations
         */
        get: operations["listLocations"];
        /**
         * Update the location
         * @description Update a location
         */
        put: operations["updateLocation"];
        /**
         * Create a new location
         * @description A location is a reference to a warehouse
         */
        post: operations["createLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a location
         * @description Get a location
         */
        get: operations["getLocation"];
        put?: never;
        post?: never;
        /**
         * Mark a location as deleted
         * @description Mark a location as deleted
         */
        delete: operations["deleteLocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/locations/{id}/overage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add overage to the location
         * @description Add overage that is available for location inventory
         */
        post: operations["addOverageToLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/locations/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get positions
         * @description Get positions for a warehouse
         */
        get: operations["listInventoryPositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/locations/{id}/positions/{position}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get logs
         * @description Get logs for a position in a warehouse
         */
        get: operations["listPositionLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/locations/{id}/positions/{position}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify position
         * @description Verify position count in a warehouse
         */
        post: operations["verifyPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/locations/{id}/skus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Skus for location
         * @description List sku's for location
         */
        get: operations["getAvailableSkuForLocation"];
        put?: never;
        /**
         * Add Skus too location
         * @description Add sku's that can be claimed on the location that is not tracking inventory
         */
        post: operations["addAvailableSkuToLocation"];
        /**
         * Delete Skus from location
         * @description remove sku's that can be claimed on the location that is not tracking inventory
         */
        delete: operations["deleteAvailableSkuToLocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/projection/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a claim projection
         * @description Create a Projection to generate the available allocation options
         */
        post: operations["createClaimProjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a set of items at a location
         * @description reports claim items at a certain location
         */
        post: operations["reportClaimItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of routes
         * @description List all routes
         */
        get: operations["getRoutes"];
        /**
         * Update the name of a route
         * @description Update a route
         */
        put: operations["updateRoute"];
        /**
         * Create a new route
         * @description Add a new route
         */
        post: operations["createRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/routes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a route
         * @description View a route
         */
        get: operations["viewRoute"];
        put?: never;
        post?: never;
        /**
         * Mark a route as deleted
         * @description Marks a route as deleted
         */
        delete: operations["deleteRoute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of schedules
         * @description List all schedules
         */
        get: operations["listSchedules"];
        /**
         * Update a schedule
         * @description update a schedule
         */
        put: operations["updateSchedule"];
        /**
         * Create a new schedule
         * @description Add a schedule
         */
        post: operations["createSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schedule
         * @description Get a schedule
         */
        get: operations["getSchedule"];
        put?: never;
        post?: never;
        /**
         * Mark a schedule as deleted
         * @description Mark a schedule as deleted
         */
        delete: operations["deleteSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/search/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search claims
         * @description Returns a list for the search query
         */
        post: operations["searchClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/search/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search items inventory
         * @description Get a list of inventory items
         */
        post: operations["searchInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/search/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a location
         * @description search a location for an address
         */
        post: operations["searchALocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/subtransfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of sub transfers
         * @description Create an optimized set of claims
         */
        get: operations["getSubTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/subtransfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a sub transfer
         * @description Returns a sub transfer
         */
        get: operations["getSubTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/subtransfers/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subtransfer items
         * @description Returns a sub transfer items
         */
        get: operations["getSubTransferItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of transfers
         * @description Create an optimized set of claims
         */
        get: operations["getTransfers"];
        put?: never;
        /**
         * Create a new transfer
         * @description Create a new transfer
         */
        post: operations["createTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/transfers/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new transfer projection
         * @description Create an optimized set of claims
         */
        post: operations["createTransferProjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a transfer
         * @description Create an optimized set of claims
         */
        get: operations["getTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/transfers/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of transported items
         * @description returns a describing lsit of transfer items with their route
         */
        get: operations["getTransferTransportsItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/transfers/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of transported items summary
         * @description returns a describing lsit of transfer items with their route
         */
        get: operations["getTransferTransportsItemsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/transfers/{id}/transports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of transports belonging to the transfer
         * @description a list of transports for the given transfer
         */
        get: operations["getTransferTransports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/transfers/{transfer_id}/transports/{id}/shipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Attach a shipment to the transport
         * @description Create an optimized set of claims
         */
        put: operations["updateTransferTransportShipment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wms/transfers/{transfer_id}/transports/{id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update transport state
         * @description Create an optimized set of claims
         */
        put: operations["updateTransferTransportState"];
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
        ClaimIsCancableResponse: {
            is_cancelable?: boolean;
            with_warning?: boolean;
        };
        DeleteAvailableSkuToLocationBody: string[];
        Error: {
            code?: number;
            message?: string;
            reference?: string;
            errors?: {
                [key: string]: string[];
            };
        };
        ExtendClaimBody: {
            /** Format: date-time */
            expires_at?: string;
        };
        ListInventoryPositionsResponse: string[];
        RemoveClaimItemBody: string[];
        SearchALocationBody: {
            address_id?: string;
        };
        SearchClaimsBody: {
            constraints?: components["schemas"]["WmsInventoryConstraint"][];
        };
        SearchInventoryBody: {
            constraints?: components["schemas"]["WmsInventoryConstraint"][];
        };
        SearchInventorySummaryBody: {
            constraints?: components["schemas"]["WmsInventorySummaryConstraint"][];
        };
        UpdateTransferTransportShipmentBody: {
            inbound_shipment_id?: string;
            outbound_shipment_id?: string;
        };
        UpdateTransferTransportStateBody: {
            /** @enum {string} */
            state?: "pending" | "shipped" | "delivered";
        };
        WmsAddAvailableSkuRequest: string[];
        WmsAddAvailableSkuResponse: {
            /** Format: uuid */
            id?: string;
            sku?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        WmsAttachItemClaimRequest: {
            /** @enum {string} */
            entity_type?: "sku" | "inventory_item";
            entity_id?: string;
            reference?: string;
            /** @enum {string} */
            state?: "available" | "backordered";
        };
        WmsAvailableProjectionItem: {
            /** Format: uuid */
            location_id?: string;
            sku?: string;
            amount?: number;
        };
        WmsClaim: {
            /** Format: uuid */
            id?: string;
            location_id?: string;
            target?: string;
            /** Format: date-time */
            expires_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        WmsClaimItem: {
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            inventory_item_id?: string;
            position?: string;
            reference?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        WmsConfirmClaimRequest: {
            /** Format: uuid */
            target_id?: string;
        };
        WmsConstraint: {
            /** @enum {string} */
            key?: "location" | "route" | "hop_count";
            /** @enum {string} */
            operator?: "in" | "lt" | "lte" | "gt" | "gte";
            values?: string[];
        };
        WmsCreateClaimRequest: {
            /** Format: uuid */
            location_id?: string;
            /** Format: date-time */
            expires_at?: string;
            reference?: string;
        };
        WmsCreateDurationRequest: {
            route_id?: string;
            from_location_id?: string;
            to_location_id?: string;
            /** Format: date-time */
            calculate_at?: string;
            /** Format: date-time */
            arrival_at?: string;
        };
        WmsCreateHopRequest: {
            /** @description Location id */
            from?: string;
            /** @description Location id */
            to?: string;
            /** @description the schedule id */
            schedules?: string[];
        };
        WmsCreateHopScheduleRequest: {
            id?: string;
            /** @description the schedule id */
            schedules?: string[];
        };
        WmsCreateLocationRequest: {
            id?: string;
            name?: string;
            country_iso?: string;
            is_supplier?: boolean;
            is_managed?: boolean;
            is_customer?: boolean;
            is_tracking_inventory?: boolean;
            address_id?: string;
        };
        WmsCreateProjectionRequest: {
            items?: {
                sku?: string;
                quantity?: number;
            }[];
            constraints?: components["schemas"]["WmsConstraint"][];
        };
        WmsCreateRouteRequest: {
            name?: string;
            /** @description Location id */
            from?: string;
            /** @description Location id */
            to?: string;
            hops?: string[];
        };
        WmsCreateScheduleRequest: {
            name?: string;
            /** @description timestamp for the given timezone */
            last_call?: string;
            /** @description timestamp for the given timezone */
            arrival?: string;
            timezone?: string;
            duration?: number;
            /** @description As noted in ISO 8601 weekdays start at monday */
            available_weekdays?: number[];
            active_at?: string[];
        };
        WmsCreateTransferRequest: {
            /**
             * Format: uuid
             * @description Target location
             */
            target?: string;
            /**
             * Format: date-time
             * @description Optional value: use when you want to set a delivery in the feature
             */
            arrival_at?: string;
            /**
             * Format: uuid
             * @description Optional value: use when order should be collected in single location
             */
            collect_at?: string;
            routing?: {
                /** Format: uuid */
                claim_id?: string;
                /** Format: uuid */
                collect_route_id?: string;
                /** Format: uuid */
                delivery_route_id?: string;
            }[];
        };
        WmsDescriptiveLocation: {
            /** Format: uuid */
            id?: string;
            label?: string;
        };
        WmsDurationResponse: {
            /** Format: date-time */
            arrival_at?: string;
            /** Format: date-time */
            ship_at?: string;
        };
        WmsHop: {
            id?: string;
            /** @description Location id */
            from?: string;
            /** @description Location id */
            to?: string;
            /** @description a list of applied schedules */
            schedules?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            deleted_at?: string;
        };
        WmsInventoryConstraint: {
            /** @enum {string} */
            key?: "sku" | "location_id" | "state" | "claim_id" | "position" | "inventory_item_id";
            /** @example in */
            operator?: string;
            values?: string[];
        };
        WmsInventoryItem: {
            id?: string;
            sku?: string;
            claim_id?: string;
            location_id?: string;
            metadata?: components["schemas"]["WmsMetadata"];
            /** @enum {string} */
            state?: "available" | "pending" | "claimed" | "transit" | "missing" | "backordered";
            position?: string;
            /** @description the lot number of the inventory item */
            lot_number?: string;
            /** Format: date-time */
            expires_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        WmsInventorySummaryConstraint: {
            /** @enum {string} */
            key?: "sku" | "position" | "location_id" | "claim_id" | "is_managed" | "state" | "is_tracking_inventory";
            /** @example in */
            operator?: string;
            values?: string[];
        };
        WmsLocation: {
            id?: string;
            name?: string;
            country_iso?: string;
            is_supplier?: boolean;
            is_managed?: boolean;
            is_customer?: boolean;
            is_tracking_inventory?: boolean;
            address_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        /** @description additional metadata that applies to the item */
        WmsMetadata: {
            [key: string]: string;
        };
        WmsPositionLogResponse: {
            /** Format: uuid */
            id?: string;
            is_accurate?: boolean;
            new_items?: string[];
            missing_items?: string[];
            user_id?: string;
            /** Format: date-time */
            verified_at?: string;
            /** Format: date-time */
            created_at?: string;
        };
        WmsPositionVerificationRequest: {
            overage?: string[];
            missing_ids?: string[];
        };
        WmsProjection: {
            locations?: string[];
            available?: components["schemas"]["WmsAvailableProjectionItem"][];
            unavailable?: components["schemas"]["WmsUnavailableProjectionItem"][];
        };
        WmsRoute: {
            id?: string;
            name?: string;
            /** @description Location id */
            from?: string;
            /** @description Location id */
            to?: string;
            hops?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        WmsSchedule: {
            id?: string;
            /** @description timestamp for the given timezone */
            last_call?: string;
            /** @description timestamp for the given timezone */
            arrival?: string;
            /** @description the amount of days it takes to arive at its destination */
            duration?: number;
            timezone?: string;
            /**
             * @description A Weekday specifies a day of the week (Sunday = 0, ...)
             *
             *     integer 0, 1, 2, 3, 4, 5, 6, 7
             */
            available_weekdays?: number[];
            active_at?: string[];
        };
        WmsStock: {
            location_id?: string;
            sku?: string;
            position?: string;
            lot_number?: string;
            /** Format: date-time */
            expires_at?: string;
            available?: number;
            reserved?: number;
            claimed?: number;
            transit?: number;
            missing?: number;
            backordered?: number;
            total?: number;
        };
        WmsStockUpItem: {
            sku?: string;
            quantity?: number;
            position?: string;
            lot_number?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        WmsStockUpRequest: {
            /** Format: uuid */
            location_id?: string;
            items?: components["schemas"]["WmsStockUpItem"][];
        };
        WmsSubTransfer: {
            id?: string;
            transfer_id?: string;
            /** @description Location id */
            from?: string;
            /** @enum {string} */
            status?: "pending" | "partial" | "delivered";
            route_id?: string;
            /** Format: date-time */
            ship_at?: string;
            /** Format: date-time */
            expected_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        WmsSubTransferItem: {
            transfer_item_id?: string;
            status?: string;
            claim_item_id?: string;
            inventory_item_id?: string;
            reference?: string;
            sku?: string;
            location_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        WmsSubTransferSummary: {
            /** Format: uuid */
            id?: string;
            /**
             * Format: uuid
             * @description Location id
             */
            from?: string;
            /** @enum {string} */
            status?: "pending" | "partial" | "delivered";
            /** Format: uuid */
            route_id?: string;
            /** Format: date-time */
            ship_at?: string;
            /** Format: date-time */
            expected_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        WmsTransfer: {
            /** Format: uuid */
            id?: string;
            /**
             * Format: uuid
             * @description Target location
             */
            target?: string;
            /** @enum {string} */
            status?: "pending" | "transit" | "delivered";
            /** Format: uuid */
            collect_at?: string;
            /** @description Optional: used when order should be packed in a single box for the target */
            collections?: components["schemas"]["WmsSubTransferSummary"][];
            deliveries?: components["schemas"]["WmsSubTransferSummary"][];
            is_collection_pending?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        WmsTransferReport: {
            /** Format: uuid */
            target?: string;
            item_claims?: components["schemas"]["WmsTransferReportItem"][];
        };
        WmsTransferReportItem: {
            /** Format: uuid */
            claim_item_id?: string;
            position?: string;
        };
        WmsTransport: {
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            previous?: string;
            /** Format: uuid */
            next?: string;
            /** @enum {string} */
            status?: "pending" | "shipped" | "delivered";
            inbound_shipment_id?: string;
            outbound_shipment_id?: string;
            reference?: string;
            /** Format: uuid */
            from?: string;
            /** Format: date-time */
            departure_at?: string;
            /** Format: uuid */
            to?: string;
            /** Format: date-time */
            arrival_at?: string;
        };
        WmsTraveledRoute: {
            /** Format: uuid */
            claim_item_id?: string;
            sku?: string;
            /** Format: uuid */
            claim_id?: string;
            route?: components["schemas"]["WmsDescriptiveLocation"][];
            transports?: components["schemas"]["WmsTransport"][];
        };
        WmsTraveledRouteSummary: {
            /** Format: uuid */
            claim_id?: string;
            route?: components["schemas"]["WmsDescriptiveLocation"][];
            transports?: components["schemas"]["WmsTransport"][];
        };
        WmsUnavailableProjectionItem: {
            /** Format: uuid */
            location_id?: string;
            sku?: string;
            amount?: number;
        };
        WmsUpdateInventoryItemRequest: {
            /** @description refers to the position within the warehouse */
            position?: string;
            lot_number?: string;
            /** Format: date-time */
            expires_at?: string;
            metadata?: components["schemas"]["WmsMetadata"];
        };
        WmsUpdateLocationRequest: {
            id?: string;
            name?: string;
        };
        WmsUpdateRouteRequest: {
            id?: string;
            name?: string;
        };
        WmsUpdateScheduleRequest: {
            id?: string;
            name?: string;
            /** @description timestamp for the given timezone */
            last_call?: string;
            /** @description timestamp for the given timezone */
            arrival?: string;
            timezone?: string;
            duration?: number;
            /** @description As noted in ISO 8601 weekdays start at monday */
            available_weekdays?: number[];
            active_at?: string[];
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
    };
    pathItems: never;
}
export type SchemaClaimIsCancableResponse = components['schemas']['ClaimIsCancableResponse'];
export type SchemaDeleteAvailableSkuToLocationBody = components['schemas']['DeleteAvailableSkuToLocationBody'];
export type SchemaError = components['schemas']['Error'];
export type SchemaExtendClaimBody = components['schemas']['ExtendClaimBody'];
export type SchemaListInventoryPositionsResponse = components['schemas']['ListInventoryPositionsResponse'];
export type SchemaRemoveClaimItemBody = components['schemas']['RemoveClaimItemBody'];
export type SchemaSearchALocationBody = components['schemas']['SearchALocationBody'];
export type SchemaSearchClaimsBody = components['schemas']['SearchClaimsBody'];
export type SchemaSearchInventoryBody = components['schemas']['SearchInventoryBody'];
export type SchemaSearchInventorySummaryBody = components['schemas']['SearchInventorySummaryBody'];
export type SchemaUpdateTransferTransportShipmentBody = components['schemas']['UpdateTransferTransportShipmentBody'];
export type SchemaUpdateTransferTransportStateBody = components['schemas']['UpdateTransferTransportStateBody'];
export type SchemaWmsAddAvailableSkuRequest = components['schemas']['WmsAddAvailableSkuRequest'];
export type SchemaWmsAddAvailableSkuResponse = components['schemas']['WmsAddAvailableSkuResponse'];
export type SchemaWmsAttachItemClaimRequest = components['schemas']['WmsAttachItemClaimRequest'];
export type SchemaWmsAvailableProjectionItem = components['schemas']['WmsAvailableProjectionItem'];
export type SchemaWmsClaim = components['schemas']['WmsClaim'];
export type SchemaWmsClaimItem = components['schemas']['WmsClaimItem'];
export type SchemaWmsConfirmClaimRequest = components['schemas']['WmsConfirmClaimRequest'];
export type SchemaWmsConstraint = components['schemas']['WmsConstraint'];
export type SchemaWmsCreateClaimRequest = components['schemas']['WmsCreateClaimRequest'];
export type SchemaWmsCreateDurationRequest = components['schemas']['WmsCreateDurationRequest'];
export type SchemaWmsCreateHopRequest = components['schemas']['WmsCreateHopRequest'];
export type SchemaWmsCreateHopScheduleRequest = components['schemas']['WmsCreateHopScheduleRequest'];
export type SchemaWmsCreateLocationRequest = components['schemas']['WmsCreateLocationRequest'];
export type SchemaWmsCreateProjectionRequest = components['schemas']['WmsCreateProjectionRequest'];
export type SchemaWmsCreateRouteRequest = components['schemas']['WmsCreateRouteRequest'];
export type SchemaWmsCreateScheduleRequest = components['schemas']['WmsCreateScheduleRequest'];
export type SchemaWmsCreateTransferRequest = components['schemas']['WmsCreateTransferRequest'];
export type SchemaWmsDescriptiveLocation = components['schemas']['WmsDescriptiveLocation'];
export type SchemaWmsDurationResponse = components['schemas']['WmsDurationResponse'];
export type SchemaWmsHop = components['schemas']['WmsHop'];
export type SchemaWmsInventoryConstraint = components['schemas']['WmsInventoryConstraint'];
export type SchemaWmsInventoryItem = components['schemas']['WmsInventoryItem'];
export type SchemaWmsInventorySummaryConstraint = components['schemas']['WmsInventorySummaryConstraint'];
export type SchemaWmsLocation = components['schemas']['WmsLocation'];
export type SchemaWmsMetadata = components['schemas']['WmsMetadata'];
export type SchemaWmsPositionLogResponse = components['schemas']['WmsPositionLogResponse'];
export type SchemaWmsPositionVerificationRequest = components['schemas']['WmsPositionVerificationRequest'];
export type SchemaWmsProjection = components['schemas']['WmsProjection'];
export type SchemaWmsRoute = components['schemas']['WmsRoute'];
export type SchemaWmsSchedule = components['schemas']['WmsSchedule'];
export type SchemaWmsStock = components['schemas']['WmsStock'];
export type SchemaWmsStockUpItem = components['schemas']['WmsStockUpItem'];
export type SchemaWmsStockUpRequest = components['schemas']['WmsStockUpRequest'];
export type SchemaWmsSubTransfer = components['schemas']['WmsSubTransfer'];
export type SchemaWmsSubTransferItem = components['schemas']['WmsSubTransferItem'];
export type SchemaWmsSubTransferSummary = components['schemas']['WmsSubTransferSummary'];
export type SchemaWmsTransfer = components['schemas']['WmsTransfer'];
export type SchemaWmsTransferReport = components['schemas']['WmsTransferReport'];
export type SchemaWmsTransferReportItem = components['schemas']['WmsTransferReportItem'];
export type SchemaWmsTransport = components['schemas']['WmsTransport'];
export type SchemaWmsTraveledRoute = components['schemas']['WmsTraveledRoute'];
export type SchemaWmsTraveledRouteSummary = components['schemas']['WmsTraveledRouteSummary'];
export type SchemaWmsUnavailableProjectionItem = components['schemas']['WmsUnavailableProjectionItem'];
export type SchemaWmsUpdateInventoryItemRequest = components['schemas']['WmsUpdateInventoryItemRequest'];
export type SchemaWmsUpdateLocationRequest = components['schemas']['WmsUpdateLocationRequest'];
export type SchemaWmsUpdateRouteRequest = components['schemas']['WmsUpdateRouteRequest'];
export type SchemaWmsUpdateScheduleRequest = components['schemas']['WmsUpdateScheduleRequest'];
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
export type $defs = Record<string, never>;
export interface operations {
    getClaims: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Warehouse list */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsClaim"][];
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
    createClaims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsCreateClaimRequest"];
            };
        };
        responses: {
            /** @description List of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsClaim"];
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
    getClaim: {
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
            /** @description List of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsClaim"];
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
    removeClaimItem: {
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
                "application/json": components["schemas"]["RemoveClaimItemBody"];
            };
        };
        responses: {
            /** @description if the items are successfully removed */
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
    attachItemsToClaim: {
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
                "application/json": components["schemas"]["WmsAttachItemClaimRequest"][];
            };
        };
        responses: {
            /** @description List of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsClaimItem"][];
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
    cancelClaim: {
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
            /** @description List of claims */
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
    confirmClaim: {
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
                "application/json": components["schemas"]["WmsConfirmClaimRequest"];
            };
        };
        responses: {
            /** @description List of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsClaim"];
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
    extendClaim: {
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
                "application/json": components["schemas"]["ExtendClaimBody"];
            };
        };
        responses: {
            /** @description List of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsClaim"];
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
    getClaimItems: {
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
            /** @description List of claims */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsClaimItem"][];
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
    claimIsCancable: {
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
            /** @description List of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimIsCancableResponse"];
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
    getDurationForRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsCreateDurationRequest"];
            };
        };
        responses: {
            /** @description Created hop */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsDurationResponse"];
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
    listHops: {
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
            /** @description List of hops */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsHop"][];
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
    updateHopSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsCreateHopScheduleRequest"];
            };
        };
        responses: {
            /** @description The hop */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsHop"];
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
    createHop: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsCreateHopRequest"];
            };
        };
        responses: {
            /** @description Created hop */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsHop"];
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
    getHop: {
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
            /** @description The hop */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsHop"];
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
    deleteHop: {
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
            /** @description The deleted hop */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsHop"];
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
    getInventoryItems: {
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
            /** @description The transfer */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsInventoryItem"][];
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
    setInventory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsStockUpRequest"];
            };
        };
        responses: {
            /** @description The transfer */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsStock"][];
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
    searchInventorySummary: {
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
                "application/json": components["schemas"]["SearchInventorySummaryBody"];
            };
        };
        responses: {
            /** @description The transfer */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsStock"][];
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
    getInventoryItem: {
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
            /** @description The transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsInventoryItem"];
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
    updateItem: {
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
                "application/json": components["schemas"]["WmsUpdateInventoryItemRequest"];
            };
        };
        responses: {
            /** @description The transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsInventoryItem"];
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
    listLocations: {
        parameters: {
            query?: {
                /** @description the timestamp to compare against */
                deleted_at?: number;
            };
            header?: {
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of locations */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsLocation"][];
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
    updateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsUpdateLocationRequest"];
            };
        };
        responses: {
            /** @description The updated location */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsLocation"];
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
    createLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Location model */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsCreateLocationRequest"];
            };
        };
        responses: {
            /** @description Created location */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsLocation"];
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
    getLocation: {
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
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsLocation"];
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
    deleteLocation: {
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
            /** @description The deleted location */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsLocation"];
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
    addOverageToLocation: {
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
                "application/json": components["schemas"]["WmsStockUpItem"][];
            };
        };
        responses: {
            /** @description Updated and logged verification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsInventoryItem"][];
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
    listInventoryPositions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of positions */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListInventoryPositionsResponse"];
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
    listPositionLogs: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
            };
            path: {
                id: string;
                position: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of positions logs */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsPositionLogResponse"][];
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
    verifyPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                position: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsPositionVerificationRequest"];
            };
        };
        responses: {
            /** @description Updated and logged verification */
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
    getAvailableSkuForLocation: {
        parameters: {
            query?: {
                sku?: string;
            };
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
            /** @description Updated and logged verification */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsAddAvailableSkuResponse"][];
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
    addAvailableSkuToLocation: {
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
                "application/json": components["schemas"]["WmsAddAvailableSkuRequest"];
            };
        };
        responses: {
            /** @description Updated and logged verification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsAddAvailableSkuResponse"][];
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
    deleteAvailableSkuToLocation: {
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
                "application/json": components["schemas"]["DeleteAvailableSkuToLocationBody"];
            };
        };
        responses: {
            /** @description deleted skus for location */
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
    createClaimProjection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsCreateProjectionRequest"];
            };
        };
        responses: {
            /** @description List of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsProjection"];
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
    reportClaimItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Transfer request object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsTransferReport"];
            };
        };
        responses: {
            /** @description The current claim as a result */
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
    getRoutes: {
        parameters: {
            query?: {
                /** @description the timestamp to compare against */
                deleted_at?: number;
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
            /** @description List of routes */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsRoute"][];
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
    updateRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsUpdateRouteRequest"];
            };
        };
        responses: {
            /** @description The created route */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsRoute"];
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
    createRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsCreateRouteRequest"];
            };
        };
        responses: {
            /** @description The created route */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsRoute"];
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
    viewRoute: {
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
            /** @description List of routes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsRoute"];
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
    deleteRoute: {
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
            /** @description The deleted route */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsRoute"];
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
    listSchedules: {
        parameters: {
            query?: {
                hop_id?: string;
                /** @description the timestamp to compare against */
                deleted_at?: number;
            };
            header?: {
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of hops */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsSchedule"][];
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
    updateSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsUpdateScheduleRequest"];
            };
        };
        responses: {
            /** @description Created hop */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsHop"];
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
    createSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsCreateScheduleRequest"];
            };
        };
        responses: {
            /** @description Created hop */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsSchedule"];
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
    getSchedule: {
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
            /** @description The hop */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsSchedule"];
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
    deleteSchedule: {
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
            /** @description The deleted hop */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsSchedule"];
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
    searchClaims: {
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
                "application/json": components["schemas"]["SearchClaimsBody"];
            };
        };
        responses: {
            /** @description The transfer */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsClaim"][];
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
    searchInventory: {
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
                "application/json": components["schemas"]["SearchInventoryBody"];
            };
        };
        responses: {
            /** @description The transfer */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsInventoryItem"][];
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
    searchALocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchALocationBody"];
            };
        };
        responses: {
            /** @description The location */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsLocation"];
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
    getSubTransfers: {
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
            /** @description The transfer */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsSubTransfer"][];
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
    getSubTransfer: {
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
            /** @description The transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsSubTransfer"];
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
    getSubTransferItems: {
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
            /** @description The transfer items */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsSubTransferItem"][];
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
    getTransfers: {
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
            /** @description The transfer */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsTransfer"][];
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
    createTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsCreateTransferRequest"];
            };
        };
        responses: {
            /** @description The transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsTransfer"];
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
    createTransferProjection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WmsCreateTransferRequest"];
            };
        };
        responses: {
            /** @description The transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsTransfer"];
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
    getTransfer: {
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
            /** @description The transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsTransfer"];
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
    getTransferTransportsItems: {
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
            /** @description The transfer */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsTraveledRoute"][];
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
    getTransferTransportsItemsSummary: {
        parameters: {
            query?: {
                /** @description filter for a specific claim_id */
                claim_id?: string;
            };
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
            /** @description The transfer */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsTraveledRouteSummary"][];
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
    getTransferTransports: {
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
            /** @description The transfer */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsTransport"][];
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
    updateTransferTransportShipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transfer_id: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateTransferTransportShipmentBody"];
            };
        };
        responses: {
            /** @description The transport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsTransport"];
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
    updateTransferTransportState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transfer_id: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateTransferTransportStateBody"];
            };
        };
        responses: {
            /** @description The transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WmsTransport"];
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
}
