package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The endpoints turn what the workspace throws into HTTP statuses; the workspace itself knows none. */
class EndpointTest {
    /** Calls an endpoint whose handler throws; checks the status and returns the body sent. */
    private static String answer(RuntimeException thrown, int status) throws Exception {
        Endpoint endpoint = new Endpoint() {
            private static final long serialVersionUID = 1L;

            @Override
            void handle(String method, String path, HttpServletRequest req, HttpServletResponse resp) {
                throw thrown;
            }
        };
        HttpServletRequest req = mock(HttpServletRequest.class);
        when(req.getMethod()).thenReturn("POST");
        when(req.getPathInfo()).thenReturn("/a-1234abcd/undo");
        HttpServletResponse resp = mock(HttpServletResponse.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(resp.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        });
        endpoint.service(req, resp);
        verify(resp).setStatus(status);
        return body.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theWorkspacesExceptionsBecomeTheirStatuses() throws Exception {
        assertEquals("{\"error\":\"no article 'a-1234abcd' in the workspace\"}",
                answer(new NotFoundException("no article 'a-1234abcd' in the workspace"), 404));
        assertEquals("{\"error\":\"nothing to undo\"}", answer(new HistoryEndException("nothing to undo"), 409));
        assertEquals("{\"error\":\"not a path inside the workspace: ../x\"}",
                answer(new IllegalArgumentException("not a path inside the workspace: ../x"), 400));
    }

    @Test
    void aRefusedRequestKeepsItsStatusAndAnythingElseIsAServerError() throws Exception {
        assertEquals("{\"error\":\"the request is larger than 8 MB\"}", answer(new Json.Failure(413, "the request is larger than 8 MB"), 413));
        assertEquals("{\"error\":\"IllegalStateException: disk gone\"}", answer(new IllegalStateException("disk gone"), 500));
    }
}
