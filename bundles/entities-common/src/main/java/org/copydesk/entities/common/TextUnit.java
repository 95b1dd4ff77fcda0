package org.copydesk.entities.common;

import java.util.List;

import org.copydesk.api.model.Field;
import org.copydesk.text.Token;

/**
 * One sentence of an article field, tokenised; offsets of the tokens index {@code text}, the whole
 * field string (for the body: the paragraph).
 *
 * @param first whether the sentence starts its field or paragraph
 */
public record TextUnit(Field field, int paragraph, String text, List<Token> tokens, boolean first) {
    public TextUnit {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }
}
