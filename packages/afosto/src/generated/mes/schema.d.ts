export interface paths {
    "/mes/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Returns a list of conversations
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Start a conversations conversation
         * @description Instantiate a conversation
         */
        post: operations["startConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/conversations/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for conversations
         * @description Run a complex search to find conversations
         */
        post: operations["searchConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a conversation
         * @description Retrieve a single conversation
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a message
         * @description Append a message to the conversation
         */
        post: operations["addMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/conversations/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a participant
         * @description Register a new participant in the conversation
         */
        post: operations["addRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/conversations/{id}/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a subscription
         * @description Add a subscription to recieve updates on this conversation
         */
        post: operations["subscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/conversations/{id}/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a subscription
         * @description Remove a subscription to recieve updates on this conversation
         */
        post: operations["unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of available domains
         * @description Returns a list of domains
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Add a new domain
         * @description Adds a domain to the list
         */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/domains/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single domain by id
         * @description Returns a single domain
         */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        /**
         * Delete a domain by id
         * @description Deletes a domain
         */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of emails
         * @description Returns a list of emails
         */
        get: operations["listEmails"];
        put?: never;
        /**
         * Add a new email
         * @description Adds a email
         */
        post: operations["createMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/emails/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds a new email (unauthenticated)
         * @description Adds a new email, unauthenticated endpoint, spam protection using recaptcha
         */
        post: operations["submitForms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/emails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an email and mark it
         * @description Mark as read and return email
         */
        get: operations["markAsRead"];
        /**
         * Update an email
         * @description Update an existing email
         */
        put: operations["updateEmail"];
        post?: never;
        /**
         * Delete email
         * @description Delete an email
         */
        delete: operations["deleteMail"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/inboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of available inboxes
         * @description Returns a list of inboxes
         */
        get: operations["listInboxes"];
        put?: never;
        /**
         * Add a new inbox
         * @description Adds a inbox to the list
         */
        post: operations["createInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/inboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single inbox by id
         * @description Returns a single inbox
         */
        get: operations["getInbox"];
        /**
         * Update an inbox
         * @description Update an existing inbox
         */
        put: operations["updateInbox"];
        post?: never;
        /**
         * Delete an inbox by id
         * @description Deletes an inbox
         */
        delete: operations["deleteInbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get task
         * @description Get a single task
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/delays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View attempt delays
         * @description Get a list of delays for each attempt. The 10'th attempt will be after 24 hours (86400+ seconds)
         */
        get: operations["getDelays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description List of events that support webhooks
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description List of messages created in the past 30 days, both pending or deliverd
         */
        get: operations["listWebhookMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View message
         * @description Get a single message
         */
        get: operations["getWebhookMessage"];
        put?: never;
        /**
         * Retry message
         * @description Manually retry a single message
         */
        post: operations["retryWebhookMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/messages/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View attempts
         * @description List the delivery attempts for a single message
         */
        get: operations["getWebhookAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/relays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List relays
         * @description Lists all relays
         */
        get: operations["listRelays"];
        put?: never;
        /**
         * Create relay
         * @description Adds a new relay
         */
        post: operations["createRelay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/relays/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View relay
         * @description Returns relay
         */
        get: operations["viewRelay"];
        /**
         * Update relay
         * @description Update relay configuration
         */
        put: operations["updateRelay"];
        post?: never;
        /**
         * Delete relay
         * @description Deletes a relay
         */
        delete: operations["deleteRelay"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/relays/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description List a relay's received messages
         */
        get: operations["listRelayMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/relays/{id}/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get message
         * @description Get a single relay message
         */
        get: operations["viewRelayMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List active subscriptions
         * @description List currenty active webhook subscriptions
         */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /**
         * Add a webhook subscription
         * @description Create a new webhook subscription
         */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get subscription
         * @description Get an active webhook subscription
         */
        get: operations["getWebhookSubscription"];
        /**
         * Update subscription
         * @description Update webhook subscription
         */
        put: operations["updateWebhookSubscription"];
        post?: never;
        /**
         * Delete subscription
         * @description Delete a webhook subscription
         */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mes/webhooks/subscriptions/{id}/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate event
         * @description Test a subscription / webhook delivery for an event
         */
        post: operations["triggerEvent"];
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
        Error: {
            code?: number;
            message?: string;
            reference?: string;
            errors?: {
                [key: string]: string[];
            };
        };
        MesCancel: {
            reference?: string;
            medium?: string;
        };
        MesContactModel: {
            name?: string;
            email?: string;
        };
        MesConversation: {
            id?: string;
            /** @enum {string} */
            event?: "update" | "memo";
            /** @enum {string} */
            entity_type?: "order" | "invoice" | "stock";
            entity_id?: string;
            messages?: components["schemas"]["MesMessage"][];
            participants?: components["schemas"]["MesParticipant"][];
            metadata?: components["schemas"]["MesMetadata"];
            /** Format: date-time */
            started_at?: string;
            /** Format: date-time */
            expires_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        MesConversationCreate: {
            /** @enum {string} */
            event?: "update" | "memo";
            /** @enum {string} */
            entity_type?: "order" | "invoice" | "stock";
            name?: string;
            entity_id?: string;
            participant?: components["schemas"]["MesParticipantCreate"];
            metadata?: components["schemas"]["MesMetadata"];
            /** Format: date-time */
            expires_at?: string;
        };
        MesDnsRecord: {
            type?: string;
            name?: string;
            value?: string;
            /** @default false */
            is_verified: boolean;
        };
        MesDomain: {
            id?: string;
            is_verified?: boolean;
            dns?: components["schemas"]["MesDnsRecord"][];
            tenant_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        MesDomainModel: {
            fqdn?: string;
        };
        MesFormMailModel: {
            from?: components["schemas"]["MesContactModel"];
            to?: components["schemas"]["MesContactModel"][];
            cc?: components["schemas"]["MesContactModel"][];
            bcc?: components["schemas"]["MesContactModel"][];
            reply_to?: components["schemas"]["MesContactModel"];
            recaptcha_response?: string;
            subject?: string;
            html_body?: string;
            attachments?: string[];
            /** @default sent */
            folder: string;
            is_unread?: boolean;
            metadata?: Record<string, unknown>;
        };
        MesInbox: {
            id?: string;
            label?: string;
            fqdn?: string;
            prefix?: string;
            user_id?: string;
            folders?: string[];
            settings?: components["schemas"]["MesInboxSettings"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        MesInboxModel: {
            label?: string;
            fqdn?: string;
            prefix?: string;
            /** @description ID of the user; only allowed for non to.afosto.io domains */
            user_id?: string;
            settings?: components["schemas"]["MesInboxSettings"];
        };
        MesInboxSettings: {
            /** Format: uuid */
            recaptcha_integration_id?: string;
        };
        MesInboxUpdateModel: {
            label?: string;
            user_id?: string;
            settings?: components["schemas"]["MesInboxSettings"];
        };
        MesMail: {
            id?: string;
            from?: components["schemas"]["MesContactModel"];
            to?: components["schemas"]["MesContactModel"][];
            cc?: components["schemas"]["MesContactModel"][];
            bcc?: components["schemas"]["MesContactModel"][];
            reply_to?: components["schemas"]["MesContactModel"];
            subject?: string;
            html_body?: string;
            attachments?: string[];
            /** @enum {string} */
            folder?: "inbox" | "concept" | "sent" | "spam";
            is_unread?: boolean;
            inbox_id?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            delivered_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        MesMailModel: {
            from?: components["schemas"]["MesContactModel"];
            to?: components["schemas"]["MesContactModel"][];
            cc?: components["schemas"]["MesContactModel"][];
            bcc?: components["schemas"]["MesContactModel"][];
            reply_to?: components["schemas"]["MesContactModel"];
            subject?: string;
            html_body?: string;
            attachments?: string[];
            folder?: string;
            is_unread?: boolean;
            metadata?: Record<string, unknown>;
        };
        MesMessage: {
            content?: string;
            participant_reference?: string;
            is_private?: boolean;
            metadata?: components["schemas"]["MesMetadata"];
            /** Format: date-time */
            created_at?: string;
        };
        MesMessageAdd: {
            content?: string;
            is_private?: boolean;
            metadata?: components["schemas"]["MesMetadata"];
            reference?: string;
        };
        /** @description additional metadata that applies to the item */
        MesMetadata: {
            [key: string]: string;
        };
        MesNotify: {
            address?: string;
            /** @enum {string} */
            medium?: "sms" | "email" | "fcm";
        };
        MesParticipant: {
            name?: string;
            reference?: string;
            is_machine?: boolean;
            notifications?: components["schemas"]["MesNotify"][];
        };
        MesParticipantCreate: {
            name?: string;
            reference?: string;
            is_machine?: boolean;
        };
        MesRelay: {
            /** Format: uuid */
            id?: string;
            name?: string;
            /** @enum {string} */
            type?: "logger" | "sendcloud" | "paynl" | "mollie";
            config?: Record<string, unknown>;
            endpoint?: string;
            limit_requests_per_second?: number;
            is_system_object?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        MesRelayMessage: {
            /** Format: uuid */
            id?: string;
            hash?: string;
            payload?: string;
            is_valid?: boolean;
            is_relayed?: boolean;
            is_duplicate?: boolean;
            source?: {
                ip?: string;
                city?: string;
                country_code?: string;
                user_agent?: string;
            };
            /** Format: date-time */
            relayed_at?: string;
            /** Format: date-time */
            created_at?: string;
        };
        MesRelayModel: {
            name?: string;
            /** @enum {string} */
            type?: "logger" | "sendcloud" | "paynl" | "mollie";
            config?: Record<string, unknown>;
        };
        MesSearch: {
            constraints?: components["schemas"]["MesSearchConstraint"][];
        };
        MesSearchConstraint: {
            /** @enum {string} */
            key?: "ids" | "event" | "entity_type" | "entity_ids" | "medium" | "participant";
            /** @example in */
            operator?: string;
            value?: string[];
        };
        MesSubscription: {
            reference?: string;
            medium?: string;
            address?: boolean;
        };
        MesSubscriptionModel: {
            events?: string[];
            endpoint?: string;
            /** @description Delivery attempts per second */
            delivery_rate?: number;
        };
        MesTask: {
            /** Format: uuid */
            id?: string;
            name?: string;
            description?: string;
            progress?: number;
            result?: string;
            /** Format: date-time */
            started_at?: string;
            /** Format: date-time */
            completed_at?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        MesTrigger: {
            event?: string;
            entity_id?: string;
        };
        MesWebhookAttempt: {
            id?: number;
            number?: number;
            is_success?: boolean;
            response_time?: number;
            response_code?: number;
            response_body?: string;
            /** Format: date-time */
            attempted_at?: string;
        };
        MesWebhookDelay: {
            attempt?: number;
            delay?: number;
            total_delay?: number;
        };
        MesWebhookEvent: {
            event?: string;
            description?: string;
        };
        MesWebhookMessage: {
            id?: number;
            event?: string;
            entity_id?: string;
            payload?: string;
            is_pending?: boolean;
            is_delivered?: boolean;
            signature?: string;
            attempts?: number;
            endpoint?: string;
            subscription?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        MesWebhookSubscription: {
            id?: number;
            events?: string[];
            endpoint?: string;
            secret?: string;
            /** @description Delivery attempts per second */
            delivery_rate?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        MesWebhookTestMessage: {
            id?: number;
            event?: string;
            entity_id?: string;
            payload?: string;
            is_pending?: boolean;
            is_delivered?: boolean;
            signature?: string;
            endpoint?: string;
            subscription?: number;
            attempt?: components["schemas"]["MesWebhookAttempt"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
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
        /** @description Not Found */
        NotFoundNoBody: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
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
export type SchemaError = components['schemas']['Error'];
export type SchemaMesCancel = components['schemas']['MesCancel'];
export type SchemaMesContactModel = components['schemas']['MesContactModel'];
export type SchemaMesConversation = components['schemas']['MesConversation'];
export type SchemaMesConversationCreate = components['schemas']['MesConversationCreate'];
export type SchemaMesDnsRecord = components['schemas']['MesDnsRecord'];
export type SchemaMesDomain = components['schemas']['MesDomain'];
export type SchemaMesDomainModel = components['schemas']['MesDomainModel'];
export type SchemaMesFormMailModel = components['schemas']['MesFormMailModel'];
export type SchemaMesInbox = components['schemas']['MesInbox'];
export type SchemaMesInboxModel = components['schemas']['MesInboxModel'];
export type SchemaMesInboxSettings = components['schemas']['MesInboxSettings'];
export type SchemaMesInboxUpdateModel = components['schemas']['MesInboxUpdateModel'];
export type SchemaMesMail = components['schemas']['MesMail'];
export type SchemaMesMailModel = components['schemas']['MesMailModel'];
export type SchemaMesMessage = components['schemas']['MesMessage'];
export type SchemaMesMessageAdd = components['schemas']['MesMessageAdd'];
export type SchemaMesMetadata = components['schemas']['MesMetadata'];
export type SchemaMesNotify = components['schemas']['MesNotify'];
export type SchemaMesParticipant = components['schemas']['MesParticipant'];
export type SchemaMesParticipantCreate = components['schemas']['MesParticipantCreate'];
export type SchemaMesRelay = components['schemas']['MesRelay'];
export type SchemaMesRelayMessage = components['schemas']['MesRelayMessage'];
export type SchemaMesRelayModel = components['schemas']['MesRelayModel'];
export type SchemaMesSearch = components['schemas']['MesSearch'];
export type SchemaMesSearchConstraint = components['schemas']['MesSearchConstraint'];
export type SchemaMesSubscription = components['schemas']['MesSubscription'];
export type SchemaMesSubscriptionModel = components['schemas']['MesSubscriptionModel'];
export type SchemaMesTask = components['schemas']['MesTask'];
export type SchemaMesTrigger = components['schemas']['MesTrigger'];
export type SchemaMesWebhookAttempt = components['schemas']['MesWebhookAttempt'];
export type SchemaMesWebhookDelay = components['schemas']['MesWebhookDelay'];
export type SchemaMesWebhookEvent = components['schemas']['MesWebhookEvent'];
export type SchemaMesWebhookMessage = components['schemas']['MesWebhookMessage'];
export type SchemaMesWebhookSubscription = components['schemas']['MesWebhookSubscription'];
export type SchemaMesWebhookTestMessage = components['schemas']['MesWebhookTestMessage'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseNotFoundNoBody = components['responses']['NotFoundNoBody'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterXPage = components['parameters']['XPage'];
export type ParameterXPageSize = components['parameters']['XPageSize'];
export type HeaderXPage = components['headers']['XPage'];
export type HeaderXCount = components['headers']['XCount'];
export type $defs = Record<string, never>;
export interface operations {
    listConversations: {
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
            /** @description The list of conversations */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesConversation"][];
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
    startConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Conversation object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesConversationCreate"];
            };
        };
        responses: {
            /** @description The started conversation */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesConversation"];
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
    searchConversations: {
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
        /** @description Search query object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesSearch"];
            };
        };
        responses: {
            /** @description The list of search results */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesConversation"][];
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
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation with given id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesConversation"];
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
    addMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description The new message */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesMessageAdd"];
            };
        };
        responses: {
            /** @description The resulting conversation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesConversation"];
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
    addRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description The new message */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesParticipantCreate"];
            };
        };
        responses: {
            /** @description The resulting conversation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundNoBody"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    subscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description The subscription data */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesSubscription"];
            };
        };
        responses: {
            /** @description The resulting conversation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundNoBody"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description The subscription data */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesCancel"];
            };
        };
        responses: {
            /** @description The resulting conversation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundNoBody"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDomains: {
        parameters: {
            query?: {
                is_verified?: 1 | 0;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of domains */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesDomain"][];
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
    createDomain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Domain object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesDomainModel"];
            };
        };
        responses: {
            /** @description The newly created domain */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesDomain"];
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
    getDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the domain */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesDomain"];
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
    deleteDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the domain */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted domain */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesDomain"];
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
    listEmails: {
        parameters: {
            query: {
                inbox: string;
                folder: "inbox" | "concept" | "sent" | "spam";
                addressee?: string;
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
            /** @description The list of emails */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesMail"][];
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
    createMail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Mail object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesMailModel"];
            };
        };
        responses: {
            /** @description The newly created email */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesMail"];
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
    submitForms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Mail object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesFormMailModel"];
            };
        };
        responses: {
            /** @description The created email */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesMail"];
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
    markAsRead: {
        parameters: {
            query?: {
                /** @description Mark the email */
                mark_as?: "read" | "unread";
            };
            header?: never;
            path: {
                /** @description Id that belongs to the email */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesMail"];
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
    updateEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the email */
                id: string;
            };
            cookie?: never;
        };
        /** @description Mail object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesMailModel"];
            };
        };
        responses: {
            /** @description The updated email */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesMail"];
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
    deleteMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the email */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted email */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesMail"];
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
    listInboxes: {
        parameters: {
            query?: {
                fqdn?: string;
                public?: "1" | "0";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of domains */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesInbox"][];
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
    createInbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Inbox object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesInboxModel"];
            };
        };
        responses: {
            /** @description The newly created inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesInbox"];
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
    getInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the inbox */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesInbox"];
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
    updateInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the inbox */
                id: string;
            };
            cookie?: never;
        };
        /** @description Inbox object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesInboxUpdateModel"];
            };
        };
        responses: {
            /** @description The updated inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesInbox"];
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
    deleteInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the inbox */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesInbox"];
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
    getTask: {
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
            /** @description Task information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesTask"];
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
    getDelays: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Attempts */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookDelay"][];
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
    listEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookEvent"][];
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
    listWebhookMessages: {
        parameters: {
            query?: {
                is_delivered?: "1" | "0";
                is_pending?: "1" | "0";
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
            /** @description Subscriptions */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookMessage"][];
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
    getWebhookMessage: {
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
            /** @description Subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookMessage"];
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
    retryWebhookMessage: {
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
            /** @description Subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookTestMessage"];
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
    getWebhookAttempts: {
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
            /** @description Attempts */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookAttempt"][];
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
    listRelays: {
        parameters: {
            query?: {
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of relays */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesRelay"][];
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
    createRelay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesRelayModel"];
            };
        };
        responses: {
            /** @description The projection with applied valid discounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesRelay"];
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
    viewRelay: {
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
            /** @description The projection with applied valid discounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesRelay"][];
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
    updateRelay: {
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
                "application/json": components["schemas"]["MesRelayModel"];
            };
        };
        responses: {
            /** @description Updated relay */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesRelay"];
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
    deleteRelay: {
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
            /** @description Ok */
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
    listRelayMessages: {
        parameters: {
            query?: {
                is_valid?: "1" | "0";
                is_relayed?: "1" | "0";
                is_duplicate?: "1" | "0";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projection with applied valid discounts */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesRelayMessage"][];
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
    viewRelayMessage: {
        parameters: {
            query?: {
                is_valid?: "1" | "0";
                is_relayed?: "1" | "0";
                is_duplicate?: "1" | "0";
            };
            header?: never;
            path: {
                id: string;
                message_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projection with applied valid discounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesRelayMessage"];
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
    listWebhookSubscriptions: {
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
            /** @description Subscriptions */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookSubscription"][];
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
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Subscription data */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesSubscriptionModel"];
            };
        };
        responses: {
            /** @description The created subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookSubscription"];
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
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookSubscription"];
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
    updateWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Subscription data */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesSubscriptionModel"];
            };
        };
        responses: {
            /** @description The updated webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookSubscription"];
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
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was deleted successfully */
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
    triggerEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MesTrigger"];
            };
        };
        responses: {
            /** @description The created subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MesWebhookTestMessage"];
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
