package org.ctockg.web.limits;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DataBag;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.system.SerializationFactoryFinder;

/**
 * The rows of a SELECT answer, all read before the first is sent: the time limit can only stop
 * the reading, and then the client gets an error, not a cut answer. Rows past
 * {@link QueryLimits#ROWS_IN_MEMORY} go to temporary files (Jena's data bags, as its ORDER BY
 * does); closing the rows deletes them.
 */
final class BufferedRows implements RowSet {
    private final DataBag<Binding> bag;
    private final List<Var> vars;
    private final Iterator<Binding> rows;
    private long row;

    private BufferedRows(DataBag<Binding> bag, List<Var> vars) {
        this.bag = bag;
        this.vars = vars;
        this.rows = bag.iterator();
    }

    /** Reads every row of {@code source}; more than {@link QueryLimits#MAX_ROWS} is refused with {@link TooLargeException}. */
    static BufferedRows readAll(RowSet source) {
        DataBag<Binding> bag = BagFactory.newDefaultBag(ThresholdPolicyFactory.count(QueryLimits.ROWS_IN_MEMORY),
                SerializationFactoryFinder.bindingSerializationFactory());
        try {
            long n = 0;
            while (source.hasNext()) {
                if (++n > QueryLimits.MAX_ROWS) {
                    throw new TooLargeException("the answer has more than " + QueryLimits.MAX_ROWS
                            + " rows; page it with LIMIT and OFFSET, or read the whole dataset from /dumps/");
                }
                bag.add(source.next());
            }
            bag.flush();
            return new BufferedRows(bag, source.getResultVars());
        } catch (RuntimeException | Error e) {
            bag.close();
            throw e;
        } finally {
            source.close();
        }
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Binding next() {
        row++;
        return rows.next();
    }

    @Override
    public List<Var> getResultVars() {
        return vars;
    }

    @Override
    public long getRowNumber() {
        return row;
    }

    @Override
    public void close() {
        bag.close();
    }
}
